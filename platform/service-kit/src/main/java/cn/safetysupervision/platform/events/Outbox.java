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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an event in the same transaction as the state change it describes (or, for {@link #insertWithEvent}, in
 * the same statement). {@link OutboxRelay} publishes it after commit; if the transaction rolls back, the event never
 * existed.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, record_key, event_type, source, subject, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Sets a statement's first parameters and says how many it set. */
    @FunctionalInterface
    public interface RowBinder {
        int bind(PreparedStatement statement) throws SQLException;
    }

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    Outbox(EntityManager entityManager, DataSource dataSource, ObjectMapper objectMapper,
           TransactionSynchronizationRegistry transactions, OutboxRelay relay,
           @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
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
        refuseWithdrawn(type);
        UUID eventId = UUID.randomUUID();
        String json = toJson(payload);
        // Plain JDBC: the statement is prepared once per connection by the driver; a Hibernate native query would
        // be parsed again for every event.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                bindEvent(insert, 0, eventId, type, subject, json);
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
        return eventId;
    }

    /**
     * Inserts a row and the event that describes it in one statement, so one round trip to PostgreSQL: for a hot
     * creating write, where a transaction's separate insert and commit cost more than the work itself.
     * {@code insertRow} is a plain {@code INSERT} (no {@code RETURNING}) whose parameters {@code bindRow} sets.
     * Inside a transaction the statement is part of it and the relay is woken after commit; without one it commits
     * on its own. Either way the row and its event are stored together or not at all.
     *
     * @return the event id ({@code ce_id})
     * @throws SQLException as the driver reports it, e.g. a unique violation of the row
     */
    public <T> UUID insertWithEvent(String insertRow, RowBinder bindRow, EventType<T> type, Object subject, T payload)
            throws SQLException {
        refuseWithdrawn(type);
        UUID eventId = UUID.randomUUID();
        String json = toJson(payload);
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction) {
            entityManager.flush();  // as Hibernate does before a native query: the row may refer to pending entities
        }
        // In a transaction the pool hands out the connection enlisted in it (Hibernate's too); otherwise an
        // auto-committing one.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("with inserted_row as (" + insertRow + ") " + INSERT)) {
            bindEvent(insert, bindRow.bind(insert), eventId, type, subject, json);
            insert.executeUpdate();
        }
        if (inTransaction) {
            wakeRelayAfterCommit();
        } else {
            relay.wake();
        }
        return eventId;
    }

    /** A withdrawn type leaked personal data: emitting it again would be the leak, so it is a programming error. */
    static void refuseWithdrawn(EventType<?> type) {
        if (type.isWithdrawn()) {
            throw new IllegalArgumentException(type.type() + " is withdrawn and must not be emitted: " + type.withdrawal());
        }
    }

    private void bindEvent(PreparedStatement insert, int before, UUID eventId, EventType<?> type, Object subject,
                           String json) throws SQLException {
        String key = String.valueOf(subject);
        insert.setObject(before + 1, eventId);
        insert.setString(before + 2, type.topic().name());
        insert.setString(before + 3, key);
        insert.setString(before + 4, type.type());
        insert.setString(before + 5, source);
        insert.setString(before + 6, key);
        insert.setObject(before + 7, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        insert.setString(before + 8, json);
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
