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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Applies incoming events exactly once in effect: the event id is recorded in the same transaction as the
 * handler's changes, and an id already recorded is skipped. A transient failure of the infrastructure
 * ({@link TransientFailures}: database unreachable, deadlock, serialization failure, timeouts) is retried with
 * growing pauses for as long as it lasts and never dead-lettered. A handler that keeps failing otherwise is retried
 * a bounded number of times; then {@link #handle} throws, and {@link #handleBatch} sends the record to the dead-letter topic
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
    private static final Runnable NOTHING = () -> { };
    private static final Consumer<List<IncomingEvent>> NO_EVENTS = events -> { };

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final InboundConfig config;

    private final DeadLetters deadLetters;
    private volatile boolean stopping;
    private ExecutorService workers;

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
        synchronized (this) {
            if (workers != null) {
                workers.shutdown();
            }
        }
    }

    /**
     * @param consumer a stable name of this consumer (its idempotency scope), e.g. {@code compliance.agency-projection}
     * @param handler  applies the event; runs inside a transaction
     */
    public void handle(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        handle(consumer, record, NO_EVENTS, handler, NOTHING);
    }

    private void handle(String consumer, ConsumerRecord<String, String> record, Consumer<List<IncomingEvent>> beforeEvents,
                        Consumer<IncomingEvent> handler, Runnable beforeCommit) {
        IncomingEvent event = IncomingEvent.from(record, objectMapper);
        RuntimeException lastFailure = null;
        long transientWait = Math.max(1, config.retryBackoff().toMillis());
        int attempt = 0;
        while (attempt < config.maxAttempts()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (markConsumed(consumer, event)) {
                        beforeEvents.accept(List.of(event));
                        handler.accept(event);
                        beforeCommit.run();
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
                if (TransientFailures.isTransient(e)) {
                    // The infrastructure, not the record: wait for as long as it lasts, never dead-letter.
                    LOG.warnf("%s: event %s (%s) waits %d ms for the infrastructure: %s", consumer, event.id(),
                            event.type(), transientWait, e.getMessage());
                    sleep(transientWait);
                    transientWait = Math.min(transientWait * 2, config.maxTransientBackoff().toMillis());
                    continue;
                }
                attempt++;
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
     * Applies a polled batch in a few transactions: one commit for many events is what lets a consumer keep up with
     * a busy topic. The records are split by key into {@code inbound.parallelism} groups, applied side by side on
     * threads of this bean, each group in one transaction; records of one key keep their order, as Kafka gives it
     * (the handler must not rely on an order between keys, nor on thread-bound state of the caller: what it needs
     * per transaction belongs to the transaction). If anything in a group's transaction fails, it rolls back and
     * each of its records is applied again on its own ({@link #handle}), so one bad record holds back nobody: a
     * record that still fails goes to the dead-letter topic here, and the method returns normally so that the
     * batch is acknowledged.
     *
     * @param consumer a stable name of this consumer (its idempotency scope)
     * @param records  in the order of their partitions
     * @param handler  applies one event; runs inside the batch's transaction
     */
    public void handleBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
                            Consumer<IncomingEvent> handler) {
        handleBatch(consumer, records, handler, NOTHING);
    }

    /**
     * {@link #handleBatch(String, Iterable, Consumer)} with work done at the end of each transaction, after its
     * events were applied and before the commit: e.g. updates gathered over the batch, written once each.
     */
    public void handleBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
                            Consumer<IncomingEvent> handler, Runnable beforeCommit) {
        handleBatch(consumer, records, NO_EVENTS, handler, beforeCommit);
    }

    /**
     * {@link #handleBatch(String, Iterable, Consumer, Runnable)} with work done at the start of each transaction,
     * given the events it is about to apply (those not applied before): e.g. reading at once what they will need.
     */
    public void handleBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
                            Consumer<List<IncomingEvent>> beforeEvents, Consumer<IncomingEvent> handler,
                            Runnable beforeCommit) {
        int parallelism = Math.max(1, config.parallelism());
        Map<Integer, List<ConsumerRecord<String, String>>> byKey = new LinkedHashMap<>();
        // Records of one key (one aggregate) land in one group, in their order: Kafka orders nothing else.
        records.forEach(r -> byKey.computeIfAbsent(Math.floorMod(Objects.hashCode(r.key()), parallelism),
                group -> new ArrayList<>()).add(r));
        if (byKey.size() <= 1) {
            byKey.values().forEach(group -> applyBatch(consumer, group, beforeEvents, handler, beforeCommit));
            return;
        }
        // Waiting on the database, one thread per group keeps the others busy (the threads serve every consumer of
        // the service). The batch is done, and acknowledged, when all groups are.
        List<Future<?>> running = new ArrayList<>();
        for (List<ConsumerRecord<String, String>> group : byKey.values()) {
            try {
                running.add(workers().submit(() -> applyBatch(consumer, group, beforeEvents, handler, beforeCommit)));
            } catch (RejectedExecutionException e) {
                throw new ServiceStoppingException("batch of " + consumer + " not applied: shutting down", e);
            }
        }
        RuntimeException failure = null;
        for (Future<?> group : running) {
            try {
                group.get();
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause() instanceof RuntimeException r ? r
                        : new EventProcessingFailedException("batch of " + consumer + " failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new ServiceStoppingException("interrupted while applying a batch", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private synchronized ExecutorService workers() {
        if (workers == null) {
            AtomicInteger count = new AtomicInteger();
            workers = Executors.newFixedThreadPool(config.parallelism(), task -> {
                Thread thread = new Thread(task, "inbound-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return workers;
    }

    /** One group of a polled batch's records, in one transaction; see {@link #handleBatch}. */
    private void applyBatch(String consumer, List<ConsumerRecord<String, String>> all,
                            Consumer<List<IncomingEvent>> beforeEvents, Consumer<IncomingEvent> handler,
                            Runnable beforeCommit) {
        try {
            List<IncomingEvent> events = new ArrayList<>(all.size());
            for (ConsumerRecord<String, String> record : all) {
                events.add(IncomingEvent.from(record, objectMapper));
            }
            QuarkusTransaction.requiringNew().run(() -> {
                Set<String> fresh = markConsumed(consumer, events);
                beforeEvents.accept(events.stream().filter(event -> fresh.contains(event.id())).toList());
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
                beforeCommit.run();
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
                    handle(consumer, record, beforeEvents, handler, beforeCommit);
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
