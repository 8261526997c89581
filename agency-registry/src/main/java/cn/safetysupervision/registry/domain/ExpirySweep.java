package cn.safetysupervision.registry.domain;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.registry.config.RegistryConfig;
import cn.safetysupervision.registry.events.RegistryEventMapper;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Credential;
import cn.safetysupervision.registry.persistence.Practitioner;
import cn.safetysupervision.registry.persistence.Qualification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Expiry warnings and expiries of certificates and credentials. Each is emitted exactly once: the warning's key is
 * inserted into {@code emitted_warning} in the same transaction as its outbox row, so a second replica or a rerun
 * after downtime finds the key and stays silent. After downtime only the nearest lead time reached is warned.
 */
@ApplicationScoped
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class);

    /** What one sweep emitted. */
    public record Result(int qualificationWarnings, int qualificationsExpired, int credentialWarnings, int credentialsExpired) {
    }

    private final EntityManager em;
    private final RegistryConfig config;
    private final Outbox outbox;
    private final RegistryEventMapper events;
    private final StaffingService staffing;
    private final PractitionerService practitioners;

    ExpirySweep(EntityManager em, RegistryConfig config, Outbox outbox, RegistryEventMapper events,
                StaffingService staffing, PractitionerService practitioners) {
        this.em = em;
        this.config = config;
        this.outbox = outbox;
        this.events = events;
        this.staffing = staffing;
        this.practitioners = practitioners;
    }

    @Scheduled(every = "${registry.expiry-sweep-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = sweep();
        LOG.debugf("expiry sweep: %s", result);
    }

    public Result sweep() {
        LocalDate today = AgencyService.today();
        int qualificationWarnings = 0;
        int qualificationsExpired = 0;
        int credentialWarnings = 0;
        int credentialsExpired = 0;
        int maxQualificationLead = config.qualificationWarningDays().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<UUID> dueQualifications = QuarkusTransaction.requiringNew().call(() -> Qualification.<Qualification>list(
                "status = ?1 and validTo <= ?2", QualificationStatus.VALID, today.plusDays(maxQualificationLead))
                .stream().map(q -> q.id).toList());
        for (UUID id : dueQualifications) {
            String outcome = QuarkusTransaction.requiringNew().call(() -> qualification(id, today));
            if ("warned".equals(outcome)) {
                qualificationWarnings++;
            } else if ("expired".equals(outcome)) {
                qualificationsExpired++;
            }
        }
        int maxCredentialLead = config.credentialWarningDays().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<UUID> dueCredentials = QuarkusTransaction.requiringNew().call(() -> Credential.<Credential>list(
                "validTo is not null and validTo <= ?1", today.plusDays(maxCredentialLead))
                .stream().map(c -> c.id).toList());
        for (UUID id : dueCredentials) {
            String outcome = QuarkusTransaction.requiringNew().call(() -> credential(id, today));
            if ("warned".equals(outcome)) {
                credentialWarnings++;
            } else if ("expired".equals(outcome)) {
                credentialsExpired++;
            }
        }
        return new Result(qualificationWarnings, qualificationsExpired, credentialWarnings, credentialsExpired);
    }

    private String qualification(UUID id, LocalDate today) {
        Qualification q = Qualification.findById(id);
        if (q == null || q.status != QualificationStatus.VALID) {
            return "none";
        }
        Agency agency = Agency.findById(q.agencyId);
        Instant now = Instant.now();
        if (q.validTo.isBefore(today)) {
            if (!claim("qualification-expired:" + q.id + ":" + q.validTo)) {
                return "none";
            }
            q.status = QualificationStatus.EXPIRED;
            q.updatedAt = now;
            q.persistAndFlush();
            outbox.publish(RegistryEvents.QUALIFICATION_EXPIRED_V1, q.id, events.expired(q, agency, now));
            staffing.check(q.agencyId, "qualification.expired");
            return "expired";
        }
        int remaining = (int) ChronoUnit.DAYS.between(today, q.validTo);
        Integer lead = nearestLead(config.qualificationWarningDays(), remaining);
        if (lead == null || !claim("qualification-expiring:" + q.id + ":" + q.validTo + ":" + lead)) {
            return "none";
        }
        outbox.publish(RegistryEvents.QUALIFICATION_EXPIRING_V1, q.id, events.expiring(q, agency, lead, remaining, now));
        return "warned";
    }

    private String credential(UUID id, LocalDate today) {
        Credential c = Credential.findById(id);
        if (c == null || c.validTo == null) {
            return "none";
        }
        Practitioner p = Practitioner.findById(c.practitionerId);
        Instant now = Instant.now();
        if (c.validTo.isBefore(today)) {
            if (!claim("credential-expired:" + c.id + ":" + c.validTo)) {
                return "none";
            }
            outbox.publish(RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRED_V1, p.id, events.credentialExpired(c, p, now));
            practitioners.recheckEmployers(p.id, "credential.expired");
            return "expired";
        }
        int remaining = (int) ChronoUnit.DAYS.between(today, c.validTo);
        Integer lead = nearestLead(config.credentialWarningDays(), remaining);
        if (lead == null || !claim("credential-expiring:" + c.id + ":" + c.validTo + ":" + lead)) {
            return "none";
        }
        outbox.publish(RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRING_V1, p.id, events.credentialExpiring(c, p, lead, remaining, now));
        return "warned";
    }

    /** The smallest lead time that the remaining days have reached, or null when none is reached. */
    static Integer nearestLead(List<Integer> leads, int remaining) {
        return leads.stream().filter(l -> remaining <= l).min(Integer::compare).orElse(null);
    }

    /** True when this process is the first to emit the warning with this key (blocks on a concurrent claimant). */
    private boolean claim(String key) {
        return em.createNativeQuery("insert into emitted_warning (warning_key, emitted_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, key).setParameter(2, Instant.now()).executeUpdate() == 1;
    }
}
