package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Wrong receipt codes per source, with growing delays: after {@code free-failures} wrong codes each further one
 * blocks the source for base-delay × 2^(n−1), at most max-delay; failures are forgotten after forget-after without one.
 * Attempts of one source are serialised by a transaction-scoped advisory lock, so parallel requests cannot slip
 * past the delay. An IPv6 source counts by its /64 prefix (one subscriber holds a whole /64). The address is the
 * client's as service-kit ClientAddresses resolves it (forwarded only by a trusted proxy).
 */
@ApplicationScoped
public class CodeThrottle {

    private final EntityManager entityManager;
    private final ComplaintConfig config;

    CodeThrottle(EntityManager entityManager, ComplaintConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Within the caller's transaction: locks the source and refuses it (429) while it is blocked. */
    public void admit(String source) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "code:" + source)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery("select blocked_until from code_throttle where source = ?1")
                .setParameter(1, source).getResultList();
        if (!rows.isEmpty()) {
            Instant blockedUntil = toInstant(rows.get(0));
            Instant now = Instant.now();
            if (blockedUntil.isAfter(now)) {
                long seconds = Math.max(1, Duration.between(now, blockedUntil).toSeconds() + 1);
                throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                        "too many wrong receipt codes from your network; try again in " + seconds + " seconds",
                        List.of(), Map.of("retryAfterSeconds", seconds));
            }
        }
    }

    /** Records a wrong code for the source (same transaction as {@link #admit}). */
    public void recordFailure(String source) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select failures, last_failure_at from code_throttle where source = ?1")
                .setParameter(1, source).getResultList();
        int failures = 1;
        if (!rows.isEmpty()) {
            Instant last = toInstant(rows.get(0)[1]);
            failures = last.plus(config.receipt().forgetAfter()).isBefore(now) ? 1 : ((Number) rows.get(0)[0]).intValue() + 1;
        }
        Instant blockedUntil = now.plus(delayAfter(failures, config.receipt().freeFailures(),
                config.receipt().baseDelay(), config.receipt().maxDelay()));
        entityManager.createNativeQuery("""
                        insert into code_throttle (source, failures, last_failure_at, blocked_until) values (?1, ?2, ?3, ?4)
                        on conflict (source) do update set failures = excluded.failures,
                            last_failure_at = excluded.last_failure_at, blocked_until = excluded.blocked_until""")
                .setParameter(1, source).setParameter(2, failures).setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(blockedUntil)).executeUpdate();
    }

    /** The wait after the n-th consecutive wrong code. */
    public static Duration delayAfter(int failures, int free, Duration base, Duration max) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - free - 1, 40);
        Duration delay = base.multipliedBy(1L << exponent);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The source a request counts against: its address, IPv6 cut to the /64 prefix. */
    public static String sourceOf(String address) {
        if (address == null || address.isBlank() || address.equals("unknown")) {  // never a DNS lookup
            return "unknown";
        }
        try {
            InetAddress inet = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
            byte[] bytes = inet.getAddress();
            if (bytes.length == 16) {
                StringBuilder prefix = new StringBuilder("v6:");
                for (int i = 0; i < 8; i++) {
                    prefix.append(String.format("%02x", bytes[i]));
                }
                return prefix.append("/64").toString();
            }
            return inet.getHostAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
