package cn.safetysupervision.registry.domain;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.registry.events.RegistryEventMapper;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Qualification;
import cn.safetysupervision.registry.persistence.ScopeEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Qualification certificates: one number belongs to one agency; validity, renewal, suspension, revocation. */
@ApplicationScoped
public class QualificationService {

    private final Outbox outbox;
    private final RegistryEventMapper events;
    private final AgencyService agencies;
    private final Refusals refusals;
    private final StaffingService staffing;

    QualificationService(Outbox outbox, RegistryEventMapper events, AgencyService agencies, Refusals refusals,
                         StaffingService staffing) {
        this.outbox = outbox;
        this.events = events;
        this.agencies = agencies;
        this.refusals = refusals;
        this.staffing = staffing;
    }

    public Qualification get(UUID id) {
        return Qualification.<Qualification>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("qualification", id));
    }

    /**
     * Records a certificate. A number already held by another agency is refused with 409 and the refused claim is
     * published (evidence of a forged, transferred or rented certificate, Art. 14.4).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Qualification grant(UUID agencyId, String number, QualificationType type, List<ScopeEntry> scope,
                               String issuer, LocalDate validFrom, LocalDate validTo, String by) {
        Agency agency = agencies.get(agencyId);
        String normalised = number.strip();
        checkValidity(validFrom, validTo);
        Qualification.findByNumber(normalised).ifPresent(held -> {
            if (held.agencyId.equals(agencyId)) {
                throw ProblemException.conflict("certificate " + normalised + " is already recorded for this agency",
                        Map.of("existingQualificationId", held.id));
            }
            Agency holder = agencies.get(held.agencyId);
            refusals.record(RegistryEvents.QUALIFICATION_DUPLICATE_CLAIM_REFUSED_V1, held.id,
                    events.duplicateClaim(held, holder, agency, type.name(), by, Instant.now()));
            throw ProblemException.conflict("certificate " + normalised + " belongs to another agency",
                    Map.of("certificateNumber", normalised));
        });
        Instant now = Instant.now();
        Qualification q = new Qualification();
        q.id = UUID.randomUUID();
        q.agencyId = agencyId;
        q.certificateNumber = normalised;
        q.qualificationType = type;
        q.businessScope = new LinkedHashSet<>(scope);
        q.issuer = issuer.strip();
        q.validFrom = validFrom;
        q.validTo = validTo;
        q.status = QualificationStatus.VALID;
        q.createdAt = now;
        q.updatedAt = now;
        q.persistAndFlush();
        outbox.publish(RegistryEvents.QUALIFICATION_GRANTED_V1, q.id, events.granted(q, agency, by));
        staffing.check(agencyId, "qualification.granted");
        return q;
    }

    /** A renewal moves valid-to later (and may replace the scope); an expired certificate becomes valid again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Qualification renew(UUID id, String ifMatch, LocalDate validFrom, LocalDate validTo, List<ScopeEntry> scope, String by) {
        Qualification q = get(id);
        EntityTags.requireMatch(ifMatch, q.version);
        if (q.status == QualificationStatus.REVOKED || q.status == QualificationStatus.SUSPENDED) {
            throw ProblemException.conflict("a " + q.status + " certificate cannot be renewed");
        }
        if (!validTo.isAfter(q.validTo)) {
            throw ProblemException.invalidField("validTo", "must be after the current valid-to day " + q.validTo);
        }
        LocalDate from = validFrom == null ? q.validFrom : validFrom;
        checkValidity(from, validTo);
        LocalDate previous = q.validTo;
        q.validFrom = from;
        q.validTo = validTo;
        if (scope != null && !scope.isEmpty()) {
            q.businessScope.clear();
            q.businessScope.addAll(scope);
        }
        q.status = QualificationStatus.VALID;
        q.updatedAt = Instant.now();
        q.persistAndFlush();
        outbox.publish(RegistryEvents.QUALIFICATION_RENEWED_V1, q.id, events.renewed(q, agencies.get(q.agencyId), previous, by));
        staffing.check(q.agencyId, "qualification.renewed");
        return q;
    }

    /** SUSPENDED from VALID, VALID (reinstated) from SUSPENDED, REVOKED from anything but REVOKED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Qualification changeStatus(UUID id, String ifMatch, QualificationStatus target, String reason, String by) {
        Qualification q = get(id);
        EntityTags.requireMatch(ifMatch, q.version);
        QualificationStatus from = q.status;
        boolean allowed = switch (target) {
            case SUSPENDED -> from == QualificationStatus.VALID;
            case VALID -> from == QualificationStatus.SUSPENDED;
            case REVOKED -> from != QualificationStatus.REVOKED;
            case EXPIRED -> false;
        };
        if (!allowed) {
            throw ProblemException.conflict("a " + from + " certificate cannot become " + target);
        }
        if (target == QualificationStatus.VALID && q.validTo.isBefore(AgencyService.today())) {
            throw ProblemException.conflict("the certificate's validity ended on " + q.validTo + "; renew it instead");
        }
        q.status = target;
        q.updatedAt = Instant.now();
        q.persistAndFlush();
        Agency agency = agencies.get(q.agencyId);
        switch (target) {
            case SUSPENDED -> outbox.publish(RegistryEvents.QUALIFICATION_SUSPENDED_V1, q.id, events.suspended(q, agency, reason, by));
            case VALID -> outbox.publish(RegistryEvents.QUALIFICATION_REINSTATED_V1, q.id, events.reinstated(q, agency, reason, by));
            default -> outbox.publish(RegistryEvents.QUALIFICATION_REVOKED_V1, q.id, events.revoked(q, agency, reason, by));
        }
        staffing.check(q.agencyId, "qualification.status-changed");
        return q;
    }

    private static void checkValidity(LocalDate validFrom, LocalDate validTo) {
        if (validTo.isBefore(validFrom)) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom");
        }
        if (validTo.isBefore(AgencyService.today())) {
            throw ProblemException.invalidField("validTo", "the certificate has already expired");
        }
    }
}
