package cn.safetysupervision.registry;

import cn.safetysupervision.platform.retention.RetentionSweep;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 15: the idempotency store and the consumed-event table are pruned after their retention (service-kit). */
@QuarkusTest
class RetentionTest {

    @Inject
    EntityManager em;

    @Inject
    RetentionSweep sweep;

    @Test
    void expiredKeysAndConsumedIdsGoAndRecentOnesStay() {
        String tag = UUID.randomUUID().toString();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            insertKey(tag + "-old", now.minus(Duration.ofDays(2)));
            insertKey(tag + "-new", now.minus(Duration.ofHours(1)));
            insertConsumed(tag + "-old", now.minus(Duration.ofDays(31)));
            insertConsumed(tag + "-new", now.minus(Duration.ofDays(8)));  // older than Kafka's 7 days: still kept
        });
        long[] pruned = sweep.sweep(now);
        assertEquals(1, count("idempotent_request", "idempotency_key", tag));
        assertEquals(1, count("consumed_event", "event_id", tag));
        assertEquals(tag + "-new", QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_id from consumed_event where event_id like ?1").setParameter(1, tag + "%").getSingleResult()));
        assertEquals(true, pruned[0] >= 1 && pruned[1] >= 1);
    }

    private void insertKey(String key, Instant at) {
        em.createNativeQuery("insert into idempotent_request (caller, idempotency_key, request_hash, created_at) values ('t', ?1, 'h', ?2)")
                .setParameter(1, key).setParameter(2, at).executeUpdate();
    }

    private void insertConsumed(String id, Instant at) {
        em.createNativeQuery("insert into consumed_event (consumer, event_id, event_type, consumed_at) values ('t', ?1, 'x', ?2)")
                .setParameter(1, id).setParameter(2, at).executeUpdate();
    }

    private long count(String table, String column, String tag) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where " + column + " like ?1").setParameter(1, tag + "%").getSingleResult()).longValue());
    }
}
