package cn.safetysupervision.dashboard.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The projections the overview and the queues read, kept in the feed's transaction. */
@ApplicationScoped
public class ProjectionStore {

    private final EntityManager em;

    ProjectionStore(EntityManager em) {
        this.em = em;
    }

    /** Null values keep what is known (a qualification event names the agency but not its address). */
    public void upsertAgency(UUID agencyId, String name, String creditCode, String address, String district, String status) {
        em.createNativeQuery("""
                        insert into dash_agency (agency_id, name, credit_code, address, district, status)
                        values (?1, ?2, ?3, ?4, coalesce(?5, '未知'), ?6)
                        on conflict (agency_id) do update set
                          name = coalesce(excluded.name, dash_agency.name),
                          credit_code = coalesce(excluded.credit_code, dash_agency.credit_code),
                          address = coalesce(?4, dash_agency.address),
                          district = coalesce(?5, dash_agency.district),
                          status = coalesce(excluded.status, dash_agency.status),
                          updated_at = now()""")
                .setParameter(1, agencyId).setParameter(2, name).setParameter(3, creditCode).setParameter(4, address)
                .setParameter(5, district).setParameter(6, status).executeUpdate();
    }

    public void setGrade(UUID agencyId, String grade, Integer points) {
        upsertAgency(agencyId, null, null, null, null, null);
        em.createNativeQuery("update dash_agency set grade = ?2, points = coalesce(?3, points), updated_at = now() where agency_id = ?1")
                .setParameter(1, agencyId).setParameter(2, grade).setParameter(3, points).executeUpdate();
    }

    public void setDishonest(UUID agencyId, boolean dishonest) {
        upsertAgency(agencyId, null, null, null, null, null);
        em.createNativeQuery("update dash_agency set dishonest = ?2, updated_at = now() where agency_id = ?1")
                .setParameter(1, agencyId).setParameter(2, dishonest).executeUpdate();
    }

    public void upsertFinding(UUID findingId, UUID agencyId, String ruleId, String article, String title,
                              String severity, String origin, String status, Instant flaggedAt, Instant respondBy,
                              long seq) {
        em.createNativeQuery("""
                        insert into dash_finding (finding_id, agency_id, rule_id, article, title, severity, origin, status,
                                                  flagged_at, respond_by, flagged_seq)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        on conflict (finding_id) do update set
                          agency_id = coalesce(excluded.agency_id, dash_finding.agency_id),
                          rule_id = coalesce(excluded.rule_id, dash_finding.rule_id),
                          article = coalesce(excluded.article, dash_finding.article),
                          title = coalesce(excluded.title, dash_finding.title),
                          severity = coalesce(excluded.severity, dash_finding.severity),
                          origin = coalesce(excluded.origin, dash_finding.origin),
                          flagged_at = coalesce(excluded.flagged_at, dash_finding.flagged_at),
                          respond_by = coalesce(excluded.respond_by, dash_finding.respond_by),
                          flagged_seq = coalesce(excluded.flagged_seq, dash_finding.flagged_seq),
                          updated_at = now()""")
                .setParameter(1, findingId).setParameter(2, agencyId).setParameter(3, ruleId).setParameter(4, article)
                .setParameter(5, title).setParameter(6, severity).setParameter(7, origin).setParameter(8, status)
                .setParameter(9, ts(flaggedAt)).setParameter(10, ts(respondBy)).setParameter(11, seq).executeUpdate();
    }

    /** A later status change; creates the row when the flag event was never seen (the topic was compacted, say). */
    public void setFindingStatus(UUID findingId, UUID agencyId, String ruleId, String status) {
        em.createNativeQuery("""
                        insert into dash_finding (finding_id, agency_id, rule_id, status) values (?1, ?2, ?3, ?4)
                        on conflict (finding_id) do update set status = excluded.status,
                          agency_id = coalesce(excluded.agency_id, dash_finding.agency_id),
                          rule_id = coalesce(excluded.rule_id, dash_finding.rule_id), updated_at = now()""")
                .setParameter(1, findingId).setParameter(2, agencyId).setParameter(3, ruleId).setParameter(4, status)
                .executeUpdate();
    }

    /** Null arguments keep what is known; {@code review} is set as given (null clears it). */
    public void upsertCertificate(UUID qualificationId, UUID agencyId, String number, String type, LocalDate validTo,
                                  String status, Boolean counts, String review, boolean setReview) {
        em.createNativeQuery("""
                        insert into dash_certificate (qualification_id, agency_id, certificate_number, qualification_type,
                                                      valid_to, status, counts, review)
                        values (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, false), ?8)
                        on conflict (qualification_id) do update set
                          agency_id = coalesce(excluded.agency_id, dash_certificate.agency_id),
                          certificate_number = coalesce(excluded.certificate_number, dash_certificate.certificate_number),
                          qualification_type = coalesce(excluded.qualification_type, dash_certificate.qualification_type),
                          valid_to = coalesce(excluded.valid_to, dash_certificate.valid_to),
                          status = coalesce(excluded.status, dash_certificate.status),
                          counts = coalesce(?7, dash_certificate.counts),
                          review = case when ?9 then excluded.review else dash_certificate.review end,
                          updated_at = now()""")
                .setParameter(1, qualificationId).setParameter(2, agencyId).setParameter(3, number)
                .setParameter(4, type).setParameter(5, validTo).setParameter(6, status).setParameter(7, counts)
                .setParameter(8, review).setParameter(9, setReview).executeUpdate();
    }

    public void openWorkItem(String kind, String ref, UUID agencyId, String subject, String label, Instant dueAt,
                             String type, long seq) {
        em.createNativeQuery("""
                        insert into dash_work_item (kind, ref, agency_id, subject, label, due_at, open, last_type, last_seq)
                        values (?1, ?2, ?3, ?4, ?5, ?6, true, ?7, ?8)
                        on conflict (kind, ref) do update set
                          agency_id = coalesce(excluded.agency_id, dash_work_item.agency_id),
                          label = excluded.label, due_at = coalesce(excluded.due_at, dash_work_item.due_at),
                          open = true, last_type = excluded.last_type, last_seq = excluded.last_seq, updated_at = now()""")
                .setParameter(1, kind).setParameter(2, ref).setParameter(3, agencyId).setParameter(4, subject)
                .setParameter(5, label).setParameter(6, ts(dueAt)).setParameter(7, type).setParameter(8, seq)
                .executeUpdate();
    }

    /** Updates an open item's label and type (a later step of the same case); does nothing for an unknown one. */
    public void touchWorkItem(String kind, String ref, String label, String type, long seq) {
        em.createNativeQuery("""
                        update dash_work_item set label = ?3, last_type = ?4, last_seq = ?5, updated_at = now()
                         where kind = ?1 and ref = ?2""")
                .setParameter(1, kind).setParameter(2, ref).setParameter(3, label).setParameter(4, type)
                .setParameter(5, seq).executeUpdate();
    }

    public void closeWorkItem(String kind, String ref, String type, long seq) {
        em.createNativeQuery("""
                        update dash_work_item set open = false, last_type = ?3, last_seq = ?4, updated_at = now()
                         where kind = ?1 and ref = ?2""")
                .setParameter(1, kind).setParameter(2, ref).setParameter(3, type).setParameter(4, seq).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> select(String sql, Object... args) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return (List<Object[]>) query.getResultList();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
