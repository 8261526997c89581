package cn.safetysupervision.complaint.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures over the cases received in a period, without personal data: counts by category, agency and outcome,
 * median and 90th percentile of the time to the triage decision and to closure (days), share substantiated.
 */
@ApplicationScoped
public class Statistics {

    public record Count(String key, String label, long count) {
    }

    public record Durations(Double medianDays, Double p90Days, long cases) {
    }

    public record Report(Instant from, Instant to, long received, List<Count> byCategory, List<Count> byAgency,
                         List<Count> byOutcome, Durations toDecision, Durations toClosure, Double shareSubstantiated) {
    }

    private final EntityManager entityManager;

    Statistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public Report report(Instant from, Instant to) {
        Timestamp f = Timestamp.from(from);
        Timestamp t = Timestamp.from(to);
        String period = " from complaint_case c where c.received_at >= ?1 and c.received_at < ?2 ";
        long received = ((Number) query("select count(*)" + period, f, t).getSingleResult()).longValue();
        List<Count> byCategory = ((List<Object[]>) query("select c.category, count(*)" + period
                + "group by c.category order by count(*) desc, c.category", f, t).getResultList()).stream()
                .map(r -> new Count((String) r[0], Category.valueOf((String) r[0]).label(), ((Number) r[1]).longValue())).toList();
        List<Count> byAgency = ((List<Object[]>) query("select cast(c.agency_id as varchar), coalesce(a.name, '（未识别）'), count(*)"
                + " from complaint_case c left join registry_agency a on a.id = c.agency_id"
                + " where c.received_at >= ?1 and c.received_at < ?2 group by c.agency_id, a.name order by count(*) desc, 2",
                f, t).getResultList()).stream()
                .map(r -> new Count((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        List<Count> byOutcome = ((List<Object[]>) query("select coalesce(c.outcome, c.status), count(*)" + period
                + "group by 1 order by count(*) desc, 1", f, t).getResultList()).stream()
                .map(r -> new Count((String) r[0], label((String) r[0]), ((Number) r[1]).longValue())).toList();
        Durations toDecision = durations("c.triaged_at", period, f, t);
        Durations toClosure = durations("c.closed_at", period, f, t);
        Object[] share = (Object[]) query("select count(*) filter (where c.outcome = 'SUBSTANTIATED'), count(c.outcome)" + period, f, t)
                .getSingleResult();
        long decided = ((Number) share[1]).longValue();
        Double shareSubstantiated = decided == 0 ? null : ((Number) share[0]).doubleValue() / decided;
        return new Report(from, to, received, byCategory, byAgency, byOutcome, toDecision, toClosure, shareSubstantiated);
    }

    private Durations durations(String end, String period, Timestamp f, Timestamp t) {
        Object[] r = (Object[]) query("select percentile_cont(0.5) within group (order by extract(epoch from " + end
                + " - c.received_at) / 86400), percentile_cont(0.9) within group (order by extract(epoch from " + end
                + " - c.received_at) / 86400), count(" + end + ")" + period + "and " + end + " is not null", f, t).getSingleResult();
        return new Durations(r[0] == null ? null : round(((Number) r[0]).doubleValue()),
                r[1] == null ? null : round(((Number) r[1]).doubleValue()), ((Number) r[2]).longValue());
    }

    private jakarta.persistence.Query query(String sql, Timestamp from, Timestamp to) {
        return entityManager.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
    }

    private static double round(double days) {
        return Math.round(days * 100) / 100.0;
    }

    private static String label(String code) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            labels.put(o.name(), o.label());
        }
        for (CaseStatus s : CaseStatus.values()) {
            labels.putIfAbsent(s.name(), s.label());
        }
        return labels.getOrDefault(code, code);
    }
}
