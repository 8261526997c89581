package cn.safetysupervision.registry.domain;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.events.registry.StaffingBelowThresholdV1;
import cn.safetysupervision.events.registry.StaffingRestoredV1;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.registry.config.RegistryConfig;
import cn.safetysupervision.registry.persistence.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Counts each agency's qualified staff and publishes the transition below (and back above) the threshold of its
 * business scopes. The last state is stored, so the event fires once per transition.
 */
@ApplicationScoped
public class StaffingService {

    private final EntityManager em;
    private final RegistryConfig config;
    private final Outbox outbox;

    StaffingService(EntityManager em, RegistryConfig config, Outbox outbox) {
        this.em = em;
        this.config = config;
        this.outbox = outbox;
    }

    public StaffingCounts count(UUID agencyId, LocalDate day) {
        String active = """
                from employment e join credential c on c.practitioner_id = e.practitioner_id
                where e.agency_id = ?1 and e.employed_from <= ?2 and (e.employed_to is null or e.employed_to >= ?2)
                  and (c.valid_to is null or c.valid_to >= ?2) and c.status = 'VERIFIED'""";
        int assessors = count("select count(distinct e.practitioner_id) " + active + " and c.credential_type = 'SAFETY_ASSESSOR'", agencyId, day);
        int engineers = count("select count(distinct e.practitioner_id) " + active + " and c.credential_type = 'REGISTERED_SAFETY_ENGINEER'", agencyId, day);
        int titles = count("select count(distinct e.practitioner_id) " + active
                + " and c.credential_type = 'PROFESSIONAL_TITLE' and c.level in ('INTERMEDIATE', 'SENIOR')", agencyId, day);
        int fullTime = count("select count(distinct e.practitioner_id) " + active + " and e.employment_type = 'FULL_TIME'", agencyId, day);
        @SuppressWarnings("unchecked")
        List<String> types = em.createNativeQuery("""
                        select s.service_type from qualification q join qualification_scope s on s.qualification_id = q.id
                        where q.agency_id = ?1 and q.status = 'VALID'""")
                .setParameter(1, agencyId).getResultList();
        int entries = types.size();
        boolean applies = types.stream().anyMatch(t -> config.staffing().serviceTypes().contains(t));
        int required = applies ? config.staffing().baseFullTimeQualified() + config.staffing().perExtraScopeEntry() * (entries - 1) : 0;
        return new StaffingCounts(assessors, engineers, titles, fullTime, entries, required);
    }

    private int count(String sql, UUID agencyId, LocalDate day) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, agencyId).setParameter(2, day).getSingleResult()).intValue();
    }

    /** Recounts and publishes a transition; runs inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StaffingCounts check(UUID agencyId, String trigger) {
        em.flush();
        StaffingCounts counts = count(agencyId, AgencyService.today());
        // lock the state row so that concurrent checks of one agency see each other's transition
        @SuppressWarnings("unchecked")
        List<Boolean> previous = em.createNativeQuery("select below from staffing_state where agency_id = ?1 for update")
                .setParameter(1, agencyId).getResultList();
        boolean wasBelow = !previous.isEmpty() && previous.get(0);
        boolean below = counts.below();
        Instant now = Instant.now();
        em.createNativeQuery("""
                        insert into staffing_state (agency_id, below, checked_at) values (?1, ?2, ?3)
                        on conflict (agency_id) do update set below = excluded.below, checked_at = excluded.checked_at""")
                .setParameter(1, agencyId).setParameter(2, below).setParameter(3, now).executeUpdate();
        if (below != wasBelow) {
            Agency a = Agency.findById(agencyId);
            if (below) {
                outbox.publish(RegistryEvents.AGENCY_STAFFING_BELOW_THRESHOLD_V1, agencyId, new StaffingBelowThresholdV1(
                        a.id, a.creditCode, a.name, counts.safetyAssessors(), counts.registeredSafetyEngineers(),
                        counts.intermediateOrHigherTitles(), counts.fullTimeQualifiedStaff(), counts.required(),
                        counts.scopeEntries(), trigger, now));
            } else {
                outbox.publish(RegistryEvents.AGENCY_STAFFING_RESTORED_V1, agencyId, new StaffingRestoredV1(
                        a.id, a.creditCode, a.name, counts.fullTimeQualifiedStaff(), counts.required(), now));
            }
        }
        return counts;
    }
}
