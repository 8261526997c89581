package cn.safetysupervision.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies incoming events exactly once in effect: the event id is recorded in the same transaction as the
 * handler's changes, and an id already recorded is skipped. A handler that keeps failing is retried a bounded
 * number of times; then {@link #handle} throws, and {@link #handleBatch} sends the record to the dead-letter topic
 * and goes on with the next one. While the service shuts down nothing is retried or dead-lettered
 * ({@link ServiceStoppingException}): configure batch channels with {@code failure-strategy=fail}.
 * <p>
 * Use from a blocking {@code @Incoming} method that is not itself transactional: {@link #handle} for a method that
 * receives one {@code ConsumerRecord<String, String>}, {@link #handleBatch} for a batch channel
 * ({@code batch=true}) that receives {@code ConsumerRecords<String, String>}.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final InboundConfig config;

    private final DeadLetters deadLetters;
    private volatile boolean stopping;

    InboundEvents(EntityManager entityManager, ObjectMapper objectMapper, InboundConfig config, DeadLetters deadLetters) {
        this.entityManager = entityManager;
        this.deadLetters = deadLetters;
        // Consumers tolerate fields added to a payload type later (additive changes keep the version).
        this.objectMapper = objectMapper.copy()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.config = config;
    }

    /** From now on a failure is the shutdown's doing, not the event's: see {@link ServiceStoppingException}. */
    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * @param consumer a stable name of this consumer (its idempotency scope), e.g. {@code compliance.agency-projection}
     * @param handler  applies the event; runs inside a transaction
     */
    public void handle(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = IncomingEvent.from(record, objectMapper);
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (markConsumed(consumer, event)) {
                        handler.accept(event);
                    } else {
                        LOG.debugf("%s: event %s already applied, skipped", consumer, event.id());
                    }
                });
                return;
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new ServiceStoppingException("event " + event.id() + " not applied: shutting down", e);
                }
                lastFailure = e;
                LOG.warnf("%s: attempt %d/%d for event %s (%s) failed: %s", consumer, attempt, config.maxAttempts(),
                        event.id(), event.type(), e.getMessage());
                sleep(config.retryBackoff().toMillis());
            }
        }
        throw new EventProcessingFailedException("event " + event.id() + " (" + event.type() + ") failed after "
                + config.maxAttempts() + " attempts: " + lastFailure.getMessage(), lastFailure);
    }

    /**
     * Applies a polled batch in one transaction: one commit for many events is what lets a consumer keep up with a
     * busy topic. If anything in the batch fails, the whole transaction rolls back and each record is applied again
     * on its own ({@link #handle}), so one bad record holds back nobody: a record that still fails goes to the
     * dead-letter topic here, and the method returns normally so that the batch is acknowledged.
     *
     * @param consumer a stable name of this consumer (its idempotency scope)
     * @param records  in the order of their partitions
     * @param handler  applies one event; runs inside the batch's transaction
     */
    public void handleBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
                            Consumer<IncomingEvent> handler) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        records.forEach(all::add);
        if (all.isEmpty()) {
            return;
        }
        try {
            List<IncomingEvent> events = new ArrayList<>(all.size());
            for (ConsumerRecord<String, String> record : all) {
                events.add(IncomingEvent.from(record, objectMapper));
            }
            QuarkusTransaction.requiringNew().run(() -> {
                Set<String> fresh = markConsumed(consumer, events);
                for (IncomingEvent event : events) {
                    // remove(): an id twice in one batch is applied once, like an id seen in an earlier batch.
                    if (fresh.remove(event.id())) {
                        handler.accept(event);
                        // Hibernate dirty-checks every managed entity before each query; left to grow over a batch,
                        // that check made the batch quadratic. Each event's changes are written out and forgotten.
                        entityManager.flush();
                        entityManager.clear();
                    }
                }
            });
        } catch (RuntimeException batchFailure) {
            if (stopping) {
                // Unacknowledged, the batch is consumed again after the restart; dead-lettering it would lose it.
                throw new ServiceStoppingException("batch of " + all.size() + " not applied: shutting down", batchFailure);
            }
            LOG.debugf("%s: batch of %d failed (%s); applying its records one by one", consumer, all.size(),
                    batchFailure.getMessage());
            for (ConsumerRecord<String, String> record : all) {
                try {
                    handle(consumer, record, handler);
                } catch (PoisonEventException | EventProcessingFailedException e) {
                    deadLetters.send(record, e);
                }
            }
        }
    }

    /** The ids of these events this consumer had not applied before, now marked in the current transaction. */
    @SuppressWarnings("unchecked")
    private Set<String> markConsumed(String consumer, List<IncomingEvent> events) {
        String[] ids = events.stream().map(IncomingEvent::id).toArray(String[]::new);
        String[] types = events.stream().map(IncomingEvent::type).toArray(String[]::new);
        List<String> inserted = entityManager.createNativeQuery("""
                        insert into consumed_event (consumer, event_id, event_type)
                        select ?1, e.id, e.type from unnest(cast(?2 as text[]), cast(?3 as text[])) as e(id, type)
                        on conflict do nothing returning event_id""")
                .setParameter(1, consumer)
                .setParameter(2, ids)
                .setParameter(3, types)
                .getResultList();
        return new HashSet<>(inserted);
    }

    /** True when this consumer had not applied the event before; the row commits or rolls back with the effect. */
    private boolean markConsumed(String consumer, IncomingEvent event) {
        return !markConsumed(consumer, List.of(event)).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
