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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an event in the same transaction as the state change it describes. {@link OutboxRelay} publishes it
 * after commit; if the transaction rolls back, the event never existed.
 */
@ApplicationScoped
public class Outbox {

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
        entityManager.createNativeQuery("""
                        insert into outbox_event (event_id, topic, record_key, event_type, source, subject, occurred_at, payload)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, eventId)
                .setParameter(2, type.topic().name())
                .setParameter(3, key)
                .setParameter(4, type.type())
                .setParameter(5, source)
                .setParameter(6, key)
                .setParameter(7, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter(8, toJson(payload))
                .executeUpdate();
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
