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

/**
 * Qualification certificates: authorities record them (counting at once) or verify what an agency declared; one
 * number belongs to one agency among the certificates that count; validity, renewal, suspension, revocation.
 */
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
     * A regulator or the association records a certificate: it counts at once (qualification.granted.v1). A number
     * another agency holds is refused with 409 without naming that agency; nobody is flagged for it (issue 14: a
     * finding needs a person's decision, and a typo by the one recording is not the holder's violation).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Qualification grant(UUID agencyId, String number, QualificationType type, List<ScopeEntry> scope,
                               String issuer, LocalDate validFrom, LocalDate validTo, String by) {
        Agency agency = agencies.get(agencyId);
        String normalised = number.strip();
        checkValidity(validFrom, validTo);
        for (Qualification other : Qualification.withNumber(normalised)) {
            if (other.agencyId.equals(agencyId)) {
                throw ProblemException.conflict("certificate " + normalised + " is already recorded for this agency",
                        Map.of("existingQualificationId", other.id));
            }
            if (other.status.holdsNumber()) {
                throw ProblemException.conflict("certificate " + normalised + " is held by another agency; "
                        + "revoke or correct that record first", Map.of("certificateNumber", normalised));
            }
        }
        Qualification q = newCertificate(agencyId, normalised, type, scope, issuer, validFrom, validTo, QualificationStatus.VALID);
        q.persistAndFlush();
        outbox.publish(RegistryEvents.QUALIFICATION_GRANTED_V1, q.id, events.granted(q, agency, by));
        staffing.check(agencyId, "qualification.granted");
        return q;
    }

    /**
     * An agency declares one of its certificates with the scan's hash: PENDING_VERIFICATION (待核验), counting for
     * nothing until a regulator or the association verifies it. A number another agency holds or has declared is not
     * refused (the declaring agency may be the real holder): the declaration is stored and a conflict raised for a
     * person to resolve; the declaring agency learns nothing about the other one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Qualification declare(UUID agencyId, String number, QualificationType type, List<ScopeEntry> scope,
                                 String issuer, LocalDate validFrom, LocalDate validTo, String scanSha256, String by) {
        Agency agency = agencies.get(agencyId);
        String normalised = number.strip();
        checkValidity(validFrom, validTo);
        List<Qualification> others = Qualification.withNumber(normalised);
        for (Qualification other : others) {
            if (other.agencyId.equals(agencyId)) {
                throw ProblemException.conflict("certificate " + normalised + " is already recorded or declared for this agency",
                        Map.of("existingQualificationId", other.id));
            }
        }
        Qualification q = newCertificate(agencyId, normalised, type, scope, issuer, validFrom, validTo,
                QualificationStatus.PENDING_VERIFICATION);
        q.scanSha256 = scanSha256;
        q.declaredBy = by;
        Qualification conflicting = others.stream().filter(o -> o.status.holdsNumber()).findFirst()
                .orElse(others.isEmpty() ? null : others.get(0));
        q.conflictsWith = conflicting == null ? null : conflicting.id;
        q.persistAndFlush();
        outbox.publish(RegistryEvents.QUALIFICATION_DECLARED_V1, q.id, events.declared(q, agency));
        if (conflicting != null) {
            outbox.publish(RegistryEvents.QUALIFICATION_CONFLICT_RAISED_V1, q.id, events.conflictRaised(q, agency, conflicting));
        }
        return q;
    }

    /** A regulator or the association verified a declaration: it counts from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Qualification verify(UUID id, String reason, String by) {
        Qualification q = pending(id, "verified");
        for (Qualification other : Qualification.withNumber(q.certificateNumber)) {
            if (!other.id.equals(q.id) && other.status.holdsNumber()) {
                throw ProblemException.conflict("certificate number " + q.certificateNumber + " is held by certificate "
                        + other.id + " (" + other.status + "); revoke it or reject this declaration",
                        Map.of("heldBy", other.id));
            }
        }
        if (q.validTo.isBefore(AgencyService.today())) {
            throw ProblemException.conflict("the declared validity ended on " + q.validTo + "; reject the declaration");
        }
        decide(q, QualificationStatus.VALID, reason, by);
        outbox.publish(RegistryEvents.QUALIFICATION_VERIFIED_V1, q.id, events.verified(q, agencies.get(q.agencyId)));
        staffing.check(q.agencyId, "qualification.verified");
        return q;
    }

    /** A regulator or the association rejected a declaration, with the reason; it never counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Qualification reject(UUID id, String reason, String by) {
        Qualification q = pending(id, "rejected");
        decide(q, QualificationStatus.REJECTED, reason, by);
        outbox.publish(RegistryEvents.QUALIFICATION_REJECTED_V1, q.id, events.rejected(q, agencies.get(q.agencyId)));
        return q;
    }

    /** Declarations waiting for a regulator or the association, oldest first. */
    public List<Qualification> pendingDeclarations(int limit) {
        return Qualification.<Qualification>find("status = ?1 order by createdAt", QualificationStatus.PENDING_VERIFICATION)
                .page(0, limit).list();
    }

    private Qualification pending(UUID id, String action) {
        Qualification q = get(id);
        if (q.status != QualificationStatus.PENDING_VERIFICATION) {
            throw ProblemException.conflict("certificate " + id + " is " + q.status + ", not a declaration awaiting verification; it cannot be "
                    + action, Map.of("status", q.status.name()));
        }
        return q;
    }

    private static void decide(Qualification q, QualificationStatus to, String reason, String by) {
        Instant now = Instant.now();
        q.status = to;
        q.decidedBy = by;
        q.decidedAt = now;
        q.decisionReason = reason;
        q.updatedAt = now;
        q.persistAndFlush();
    }

    private static Qualification newCertificate(UUID agencyId, String number, QualificationType type, List<ScopeEntry> scope,
                                                String issuer, LocalDate validFrom, LocalDate validTo,
                                                QualificationStatus status) {
        Instant now = Instant.now();
        Qualification q = new Qualification();
        q.id = UUID.randomUUID();
        q.agencyId = agencyId;
        q.certificateNumber = number;
        q.qualificationType = type;
        q.businessScope = new LinkedHashSet<>(scope);
        q.issuer = issuer.strip();
        q.validFrom = validFrom;
        q.validTo = validTo;
        q.status = status;
        q.createdAt = now;
        q.updatedAt = now;
        return q;
    }

    /** A renewal moves valid-to later (and may replace the scope); an expired certificate becomes valid again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Qualification renew(UUID id, String ifMatch, LocalDate validFrom, LocalDate validTo, List<ScopeEntry> scope, String by) {
        Qualification q = get(id);
        EntityTags.requireMatch(ifMatch, q.version);
        if (q.status == QualificationStatus.REVOKED || q.status == QualificationStatus.SUSPENDED || !q.status.holdsNumber()) {
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
            case REVOKED -> from != QualificationStatus.REVOKED && from.holdsNumber();
            case EXPIRED, PENDING_VERIFICATION, REJECTED -> false;
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
