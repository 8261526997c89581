package cn.safetysupervision.dashboard.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The feed table: every received event in commit order. */
@ApplicationScoped
public class FeedStore {

    /** Serialises the dashboard's writing transactions, across replicas too: seq order = commit order. */
    private static final long WRITER_LOCK = 0x6461736862L;

    private static final String COLUMNS = """
            f.seq, f.ce_id, f.type, f.source, f.subject, f.topic, f.kafka_partition, f.kafka_offset, f.event_time,
            f.received_at, f.agency_id, a.name, f.finding_id, cast(f.payload as text)""";

    private final EntityManager em;

    FeedStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Taken once per writing transaction before any seq is drawn. Without it, two transactions could draw 10 and
     * 11 and commit 11 first; a reader of "seq &gt; 9" would then see 11, move on, and never send 10.
     */
    public void lockForWriting() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, WRITER_LOCK).getSingleResult();
    }

    /** @return the new row's seq, or empty when this ce_id is already in the feed */
    public Optional<Long> insert(String ceId, String type, String source, String subject, String topic, int partition,
                                 long offset, OffsetDateTime time, UUID agencyId, UUID findingId, String payloadJson) {
        @SuppressWarnings("unchecked")
        List<Object> seq = em.createNativeQuery("""
                        insert into feed_event (ce_id, type, source, subject, topic, kafka_partition, kafka_offset,
                                                event_time, agency_id, finding_id, payload)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as jsonb))
                        on conflict (ce_id) do nothing returning seq""")
                .setParameter(1, ceId).setParameter(2, type).setParameter(3, source).setParameter(4, subject)
                .setParameter(5, topic).setParameter(6, partition).setParameter(7, offset)
                .setParameter(8, time == null ? null : Timestamp.from(time.toInstant()))
                .setParameter(9, agencyId).setParameter(10, findingId).setParameter(11, payloadJson)
                .getResultList();
        return seq.stream().findFirst().map(v -> ((Number) v).longValue());
    }

    public long head() {
        Object max = em.createNativeQuery("select coalesce(max(seq), 0) from feed_event").getSingleResult();
        return ((Number) max).longValue();
    }

    /** Rows with seq in (after, upTo], oldest first. */
    public List<FeedRow> between(long after, long upTo, int limit) {
        return rows(em.createNativeQuery("select " + COLUMNS + " " + """
                         from feed_event f left join dash_agency a on a.agency_id = f.agency_id
                        where f.seq > ?1 and f.seq <= ?2 order by f.seq limit ?3""")
                .setParameter(1, after).setParameter(2, upTo).setParameter(3, limit).getResultList());
    }

    /** Newest first, filtered; {@code before} pages back. Null filters match everything. */
    public List<FeedRow> latest(String category, String typeBase, UUID agencyId, Long before, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS
                + " from feed_event f left join dash_agency a on a.agency_id = f.agency_id where true");
        List<Object> args = new ArrayList<>();
        if (category != null) {
            args.add("cn.safetysupervision." + category + ".%");
            sql.append(" and f.type like ?").append(args.size());
        }
        if (typeBase != null) {
            args.add("cn.safetysupervision." + typeBase + ".v%");
            sql.append(" and f.type like ?").append(args.size());
        }
        if (agencyId != null) {
            args.add(agencyId);
            sql.append(" and f.agency_id = ?").append(args.size());
        }
        if (before != null) {
            args.add(before);
            sql.append(" and f.seq < ?").append(args.size());
        }
        args.add(limit);
        sql.append(" order by f.seq desc limit ?").append(args.size());
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
        return rows(query.getResultList());
    }

    public Optional<FeedRow> bySeq(long seq) {
        return rows(em.createNativeQuery("select " + COLUMNS
                        + " from feed_event f left join dash_agency a on a.agency_id = f.agency_id where f.seq = ?1")
                .setParameter(1, seq).getResultList()).stream().findFirst();
    }

    public List<FeedRow> byCeIds(List<String> ceIds) {
        if (ceIds.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery("select " + COLUMNS
                        + " from feed_event f left join dash_agency a on a.agency_id = f.agency_id"
                        + " where f.ce_id = any(cast(?1 as text[])) order by f.seq")
                .setParameter(1, ceIds.toArray(String[]::new)).getResultList());
    }

    public List<FeedRow> byFinding(UUID findingId) {
        return rows(em.createNativeQuery("select " + COLUMNS
                        + " from feed_event f left join dash_agency a on a.agency_id = f.agency_id"
                        + " where f.finding_id = ?1 order by f.seq")
                .setParameter(1, findingId).getResultList());
    }

    /** Events per Beijing-time week (Monday first) for the given type bases, since the given week start. */
    @SuppressWarnings("unchecked")
    public List<Object[]> weeklyCounts(OffsetDateTime since, List<String> likePatterns) {
        return em.createNativeQuery("""
                        select to_char(date_trunc('week', coalesce(event_time, received_at) at time zone 'Asia/Shanghai'), 'YYYY-MM-DD') as week,
                               p.pattern, count(*)
                          from feed_event f join unnest(cast(?2 as text[])) as p(pattern) on f.type like p.pattern
                         where coalesce(event_time, received_at) >= ?1
                         group by 1, 2""")
                .setParameter(1, Timestamp.from(since.toInstant()))
                .setParameter(2, likePatterns.toArray(String[]::new))
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<FeedRow> rows(List<?> raw) {
        List<FeedRow> rows = new ArrayList<>(raw.size());
        for (Object o : raw) {
            Object[] r = (Object[]) o;
            rows.add(new FeedRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).longValue(),
                    time(r[8]), time(r[9]), (UUID) r[10], (String) r[11], (UUID) r[12], (String) r[13]));
        }
        return rows;
    }

    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time value " + value.getClass());
    }
}
