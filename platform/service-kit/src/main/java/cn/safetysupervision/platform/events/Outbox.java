package cn.safetysupervision.platform.events;

import cn.safetysupervision.events.EventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an event in the same transaction as the state change it describes. {@link OutboxRelay} publishes it
 * after commit; if the transaction rolls back, the event never existed.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, record_key, event_type, source, subject, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, TransactionSynchronizationRegistry transactions,
           OutboxRelay relay, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
        this.source = "/" + applicationName;
    }

    /**
     * Adds an event to the current transaction.
     *
     * @param subject the aggregate id: CloudEvents subject and Kafka record key
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, Object subject, T payload) {
        UUID eventId = UUID.randomUUID();
        String key = String.valueOf(subject);
        String json = toJson(payload);
        // Plain JDBC: the statement is prepared once per connection by the driver; a Hibernate native query would
        // be parsed again for every event.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, eventId);
                insert.setString(2, type.topic().name());
                insert.setString(3, key);
                insert.setString(4, type.type());
                insert.setString(5, source);
                insert.setString(6, key);
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                insert.setString(8, json);
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
        return eventId;
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload cannot be serialized: " + payload.getClass().getName(), e);
        }
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
