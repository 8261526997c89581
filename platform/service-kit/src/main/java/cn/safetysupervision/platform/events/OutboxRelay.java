package cn.safetysupervision.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka in commit order and deletes them once Kafka acknowledged them (acks=all,
 * idempotent producer). Delivery is at least once: a crash after the acknowledgement and before the delete
 * publishes the batch again with the same {@code ce_id}s, which consumers de-duplicate.
 * <p>
 * Safe with several replicas: a batch runs under a transaction-scoped PostgreSQL advisory lock, so exactly one
 * replica relays at a time and per-aggregate order holds. While Kafka or the database is unavailable it backs off
 * and tries again; nothing is lost because rows leave the table only after the acknowledgement.
 * <p>
 * The outbox is a queue table: every row is inserted and deleted soon after. The relay vacuums it itself after
 * {@code outbox.relay.vacuum-every} deleted rows rather than count on autovacuum (which may be off, as on the CI
 * machines, or slow to visit a small table): left to pile up, dead rows make every batch's index scan from the
 * oldest row walk all of them, and the table grows without bound.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key ("OUTBOXRL"); each service has its own database, so one constant suffices. */
    private static final long RELAY_LOCK_KEY = 0x4F5554424F58524CL;
    /** A batch's first statement: the relay's lock and its settings for the transaction (public for plan tests). */
    public static final String LOCK_AND_SET_UP = """
            select pg_try_advisory_xact_lock(?1), set_config('synchronous_commit', 'off', true),
                   set_config('enable_seqscan', 'off', true)""";
    /** A batch's second statement: the oldest rows, out of the table (public for plan tests). */
    public static final String TAKE_OLDEST = """
            delete from outbox_event
            where seq = any(array(select seq from outbox_event order by seq limit ?1))
            returning seq, event_id, topic, record_key, event_type, source, subject, occurred_at, payload""";

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Counter published;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private volatile boolean paused;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;
    /** Rows this relay deleted since it last vacuumed the table; touched by the relay's thread only. */
    private long deletedSinceVacuum;

    OutboxRelay(EntityManager entityManager, DataSource dataSource, OutboxConfig config, MeterRegistry meters,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.published = Counter.builder("outbox.events.published")
                .description("Events the outbox relay published to Kafka (acknowledged)").register(meters);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.warn("Outbox relay is disabled (outbox.relay.enabled=false): events stay in the outbox table");
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks the relay to look now, e.g. right after a transaction with outbox rows committed. */
    public void wake() {
        wakeUp.release();
    }

    /** Stops publishing until {@link #resume()}; rows keep accumulating. For maintenance and tests. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        wake();
    }

    /** Rows still waiting to be published. */
    public long pending() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue());
    }

    private void run() {
        long backoffMillis = 0;
        while (running) {
            try {
                int relayed = paused ? 0 : relayBatch();
                backoffMillis = 0;
                vacuumWhenDue(relayed);
                if (relayed < config.batchSize()) {
                    awaitWakeUp(config.pollInterval().toMillis());
                    linger();
                }
            } catch (RuntimeException e) {
                backoffMillis = Math.min(Math.max(100, backoffMillis * 2), config.maxBackoff().toMillis());
                LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", rootMessage(e), backoffMillis);
                awaitWakeUp(backoffMillis);
            }
        }
    }

    private void vacuumWhenDue(int deleted) {
        deletedSinceVacuum += deleted;
        if (config.vacuumEvery() <= 0 || deletedSinceVacuum < config.vacuumEvery()) {
            return;
        }
        deletedSinceVacuum = 0;
        // VACUUM cannot run in a transaction: a connection of its own, in auto-commit mode. It does not block writers.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum outbox_event");
        } catch (SQLException e) {
            LOG.warnf("Could not vacuum the outbox table (%s); trying again after %d more rows", e.getMessage(),
                    config.vacuumEvery());
        }
    }

    private void linger() {
        long millis = config.linger().toMillis();
        if (millis > 0 && running) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void awaitWakeUp(long millis) {
        try {
            if (wakeUp.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * One batch in one transaction: lock, take the oldest rows out of the table, send them, await the
     * acknowledgements, commit. If Kafka fails the transaction rolls back and the rows are back. Three round trips
     * to the database per batch, since a busy service relays hundreds of small batches a second. The oldest rows are
     * picked first and then deleted by key ({@code = any(array(...))}, not {@code in (...)}): the planner has no join
     * to get wrong.
     */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            // The commit need not wait for its WAL flush: if a crash loses the delete, the rows are sent again, and
            // every consumer is idempotent on the event id. This spares the disk one flush per batch.
            // No sequential scans: a queue table's statistics are often those of a moment it was empty (a vacuum
            // then), and a plan made for an empty table, kept while the queue grows, scans it whole per row.
            Object[] lock = (Object[]) entityManager.createNativeQuery(LOCK_AND_SET_UP)
                    .setParameter(1, RELAY_LOCK_KEY)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(lock[0])) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(TAKE_OLDEST)
                    .setParameter(1, config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            // RETURNING has no order; commit order is what consumers must see.
            List<Object[]> inOrder = new ArrayList<>(rows);
            inOrder.sort(Comparator.comparingLong(row -> ((Number) row[0]).longValue()));
            List<Future<RecordMetadata>> acks = new ArrayList<>(inOrder.size());
            for (Object[] row : inOrder) {
                acks.add(producer.send(toRecord(row)));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
            published.increment(inOrder.size());
            return inOrder.size();
        });
    }

    private static ProducerRecord<String, byte[]> toRecord(Object[] row) {
        String eventId = row[1].toString();
        String topic = (String) row[2];
        String key = (String) row[3];
        OffsetDateTime occurredAt = toOffsetDateTime(row[7]);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                ((String) row[8]).getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.TYPE, (String) row[4]);
        header(record, CloudEventHeaders.SOURCE, (String) row[5]);
        header(record, CloudEventHeaders.SUBJECT, (String) row[6]);
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
