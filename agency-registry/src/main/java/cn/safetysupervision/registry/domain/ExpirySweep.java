package cn.safetysupervision.registry.domain;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.registry.config.RegistryConfig;
import cn.safetysupervision.registry.events.RegistryEventMapper;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Credential;
import cn.safetysupervision.registry.persistence.Equipment;
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
import java.util.function.Function;

/**
 * Expiry warnings and expiries of certificates, credentials and equipment calibrations. Each is emitted exactly once:
 * the warning's key is inserted into {@code emitted_warning} in the same transaction as its outbox row, so a second
 * replica or a rerun after downtime finds the key and stays silent. After downtime only the nearest lead time reached
 * is warned.
 */
@ApplicationScoped
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class);

    /** What one sweep emitted. */
    public record Result(int qualificationWarnings, int qualificationsExpired, int credentialWarnings, int credentialsExpired,
                         int equipmentCalibrationWarnings, int equipmentCalibrationsExpired) {
    }

    /** What one item's transaction emitted. */
    private enum Outcome { NONE, WARNED, EXPIRED }

    private record Tally(int warned, int expired) {
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
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        Result result = sweep();
        LOG.debugf("expiry sweep: %s", result);
    }

    public Result sweep() {
        LocalDate today = AgencyService.today();
        List<UUID> dueQualifications = QuarkusTransaction.requiringNew().call(() -> Qualification.<Qualification>list(
                "status = ?1 and validTo <= ?2", QualificationStatus.VALID, today.plusDays(maxLead(config.qualificationWarningDays())))
                .stream().map(q -> q.id).toList());
        Tally qualifications = each(dueQualifications, id -> qualification(id, today));
        List<UUID> dueCredentials = QuarkusTransaction.requiringNew().call(() -> Credential.<Credential>list(
                "validTo is not null and validTo <= ?1", today.plusDays(maxLead(config.credentialWarningDays())))
                .stream().map(c -> c.id).toList());
        Tally credentials = each(dueCredentials, id -> credential(id, today));
        Tally equipment = each(QuarkusTransaction.requiringNew().call(() -> dueEquipment(today)), id -> equipment(id, today));
        return new Result(qualifications.warned(), qualifications.expired(), credentials.warned(), credentials.expired(),
                equipment.warned(), equipment.expired());
    }

    /** Handles each id in its own transaction, so one item's failure or a concurrent claimant never holds up the rest. */
    private static Tally each(List<UUID> ids, Function<UUID, Outcome> one) {
        int warned = 0;
        int expired = 0;
        for (UUID id : ids) {
            Outcome outcome = QuarkusTransaction.requiringNew().call(() -> one.apply(id));
            if (outcome == Outcome.WARNED) {
                warned++;
            } else if (outcome == Outcome.EXPIRED) {
                expired++;
            }
        }
        return new Tally(warned, expired);
    }

    private static int maxLead(List<Integer> leads) {
        return leads.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private Outcome qualification(UUID id, LocalDate today) {
        Qualification q = Qualification.findById(id);
        if (q == null || q.status != QualificationStatus.VALID) {
            return Outcome.NONE;
        }
        Due due = claimDue("qualification", q.id, q.validTo, config.qualificationWarningDays(), today);
        if (due.outcome() == Outcome.NONE) {
            return Outcome.NONE;
        }
        Agency agency = Agency.findById(q.agencyId);
        Instant now = Instant.now();
        if (due.outcome() == Outcome.EXPIRED) {
            q.status = QualificationStatus.EXPIRED;
            q.updatedAt = now;
            q.persistAndFlush();
            outbox.publish(RegistryEvents.QUALIFICATION_EXPIRED_V1, q.id, events.expired(q, agency, now));
            staffing.check(q.agencyId, "qualification.expired");
        } else {
            outbox.publish(RegistryEvents.QUALIFICATION_EXPIRING_V1, q.id,
                    events.expiring(q, agency, due.lead(), due.remaining(), now));
        }
        return due.outcome();
    }

    private Outcome credential(UUID id, LocalDate today) {
        Credential c = Credential.findById(id);
        if (c == null || c.validTo == null) {
            return Outcome.NONE;
        }
        Due due = claimDue("credential", c.id, c.validTo, config.credentialWarningDays(), today);
        if (due.outcome() == Outcome.NONE) {
            return Outcome.NONE;
        }
        Practitioner p = Practitioner.findById(c.practitionerId);
        Instant now = Instant.now();
        if (due.outcome() == Outcome.EXPIRED) {
            outbox.publish(RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRED_V2, p.id, events.credentialExpired(c, p, now));
            practitioners.recheckEmployers(p.id, "credential.expired");
        } else {
            outbox.publish(RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRING_V2, p.id,
                    events.credentialExpiring(c, p, due.lead(), due.remaining(), now));
        }
        return due.outcome();
    }

    /**
     * Equipment whose calibration runs out within the longest lead time, of agencies still in business (a cancelled or
     * revoked agency's inventory concerns nobody). Items whose expiry was already emitted are left out, so the list
     * does not grow with every old item of every inventory; the claim in {@link #equipment} stays the guarantee.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> dueEquipment(LocalDate today) {
        return em.createNativeQuery("""
                        select e.id from equipment e join agency a on a.id = e.agency_id
                        where a.status in ('ACTIVE', 'SUSPENDED') and e.calibration_valid_to <= ?1
                          and not exists (select 1 from emitted_warning w where w.warning_key =
                              'equipment-calibration-expired:' || e.id || ':' || to_char(e.calibration_valid_to, 'YYYY-MM-DD'))""",
                        UUID.class)
                .setParameter(1, today.plusDays(maxLead(config.equipmentCalibrationWarningDays())))
                .getResultList();
    }

    private Outcome equipment(UUID id, LocalDate today) {
        Equipment e = Equipment.findById(id);
        if (e == null || e.calibrationValidTo == null) {
            return Outcome.NONE;
        }
        Due due = claimDue("equipment-calibration", e.id, e.calibrationValidTo, config.equipmentCalibrationWarningDays(), today);
        if (due.outcome() == Outcome.NONE) {
            return Outcome.NONE;
        }
        Agency agency = Agency.findById(e.agencyId);
        Instant now = Instant.now();
        if (due.outcome() == Outcome.EXPIRED) {
            outbox.publish(RegistryEvents.AGENCY_EQUIPMENT_CALIBRATION_EXPIRED_V1, agency.id,
                    events.calibrationExpired(e, agency, now));
        } else {
            outbox.publish(RegistryEvents.AGENCY_EQUIPMENT_CALIBRATION_EXPIRING_V1, agency.id,
                    events.calibrationExpiring(e, agency, due.lead(), due.remaining(), now));
        }
        return due.outcome();
    }

    /** What is due for an item valid to a day, already claimed for this process (lead and remaining for a warning). */
    private record Due(Outcome outcome, int lead, int remaining) {

        static final Due NOTHING = new Due(Outcome.NONE, 0, 0);
    }

    /**
     * The expiry (once the day has passed) or the nearest warning reached, claimed under the key
     * {@code <kind>-expired:<id>:<validTo>} or {@code <kind>-expiring:<id>:<validTo>:<lead>}; NOTHING when none is
     * due or another replica or an earlier sweep has it already.
     */
    private Due claimDue(String kind, UUID id, LocalDate validTo, List<Integer> leads, LocalDate today) {
        if (validTo.isBefore(today)) {
            return claim(kind + "-expired:" + id + ":" + validTo) ? new Due(Outcome.EXPIRED, 0, 0) : Due.NOTHING;
        }
        int remaining = (int) ChronoUnit.DAYS.between(today, validTo);
        Integer lead = nearestLead(leads, remaining);
        if (lead == null || !claim(kind + "-expiring:" + id + ":" + validTo + ":" + lead)) {
            return Due.NOTHING;
        }
        return new Due(Outcome.WARNED, lead, remaining);
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
