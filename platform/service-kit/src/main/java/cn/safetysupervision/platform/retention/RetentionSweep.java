package cn.safetysupervision.platform.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Prunes the idempotency store and the consumed-event table after their retention periods, in bounded batches
 * (each its own transaction) by the indexed timestamp, so the cost of a run grows with what expired, not with
 * history. Several replicas sweeping at once delete disjoint or already-deleted rows; no lock is needed.
 */
@ApplicationScoped
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);

    private final Instance<EntityManager> entityManagers;
    private final RetentionConfig config;

    // Instance: a service without a PostgreSQL datasource (a Mongo one) has no platform tables and no EntityManager.
    RetentionSweep(Instance<EntityManager> entityManagers, RetentionConfig config) {
        this.entityManagers = entityManagers;
        this.config = config;
    }

    @Scheduled(every = "${platform.retention.sweep-interval:PT1H}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (entityManagers.isResolvable()) {
            sweep(Instant.now());
        }
    }

    /** Deletes what expired before {@code now}; returns the rows deleted (idempotency keys, consumed ids). */
    public long[] sweep(Instant now) {
        long keys = prune("idempotent_request", "created_at", now.minus(config.idempotencyKeys()));
        long consumed = prune("consumed_event", "consumed_at", now.minus(config.consumedEvents()));
        if (keys + consumed > 0) {
            LOG.infof("retention: pruned %d idempotency keys and %d consumed event ids", keys, consumed);
        }
        return new long[]{keys, consumed};
    }

    private long prune(String table, String column, Instant before) {
        long total = 0;
        while (true) {
            EntityManager em = entityManagers.get();
            int deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "delete from " + table + " where ctid in (select ctid from " + table + " where " + column
                                    + " < ?1 limit ?2)")
                    .setParameter(1, before).setParameter(2, config.batchSize()).executeUpdate());
            total += deleted;
            if (deleted < config.batchSize()) {
                return total;
            }
        }
    }
}
