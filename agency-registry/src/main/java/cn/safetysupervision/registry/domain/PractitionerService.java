package cn.safetysupervision.registry.domain;

import cn.safetysupervision.events.registry.FieldChangeV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.registry.events.RegistryEventMapper;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Credential;
import cn.safetysupervision.registry.persistence.Employment;
import cn.safetysupervision.registry.persistence.Practitioner;
import cn.safetysupervision.registry.persistence.Training;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Practitioners, their credentials and training, and their employment at agencies. */
@ApplicationScoped
public class PractitionerService {

    private final Outbox outbox;
    private final RegistryEventMapper events;
    private final IdentityProtection identity;
    private final AgencyService agencies;
    private final Refusals refusals;
    private final StaffingService staffing;

    PractitionerService(Outbox outbox, RegistryEventMapper events, IdentityProtection identity, AgencyService agencies,
                        Refusals refusals, StaffingService staffing) {
        this.outbox = outbox;
        this.events = events;
        this.identity = identity;
        this.agencies = agencies;
        this.refusals = refusals;
        this.staffing = staffing;
    }

    public Practitioner get(UUID id) {
        return Practitioner.<Practitioner>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("practitioner", id));
    }

    /** Supervisors see every practitioner; an agency those it registered or has ever employed. Others get 404. */
    public Practitioner getVisible(UUID id, Caller caller) {
        Practitioner p = get(id);
        if (caller.isSupervisor()) {
            return p;
        }
        UUID agency = caller.agencyId().orElseThrow(() -> ProblemException.notFound("practitioner", id));
        boolean visible = agency.equals(p.registeredByAgency)
                || Employment.count("practitionerId = ?1 and agencyId = ?2", id, agency) > 0;
        if (!visible) {
            throw ProblemException.notFound("practitioner", id);
        }
        return p;
    }

    /**
     * For changes (issue 14): supervisors always; an agency only while it employs the person (an employment not
     * ended before today). Anything else is the same 404 as an unknown id.
     */
    public Practitioner getEmployedBy(UUID id, Caller caller) {
        Practitioner p = get(id);
        if (caller.isSupervisor()) {
            return p;
        }
        UUID agency = caller.agencyId().orElseThrow(() -> ProblemException.notFound("practitioner", id));
        if (Employment.count("practitionerId = ?1 and agencyId = ?2 and (employedTo is null or employedTo >= ?3)",
                id, agency, AgencyService.today()) == 0) {
            throw ProblemException.notFound("practitioner", id);
        }
        return p;
    }

    /**
     * The person an agency names by 身份证 and name for a new employment (issue 14): the existing record when both
     * match, a new one when the number is unknown. A mismatching name is a 409 that says nothing about the record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Practitioner personFor(String name, String idNumber, UUID agencyId, String by) {
        String number = IdNumber.normalise(idNumber);
        IdNumber.problem(number).ifPresent(problem -> {
            throw ProblemException.invalidField("idNumber", "is not a valid 身份证 number: " + problem);
        });
        Optional<Practitioner> existing = Practitioner.findByHash(identity.hash(number));
        if (existing.isEmpty()) {
            return register(name, number, null, agencyId, by);
        }
        if (!existing.get().name.equals(name.strip())) {
            throw ProblemException.conflict("the 身份证 number and name do not match the registry's record of the person; "
                    + "identity data is corrected by a regulator or the association");
        }
        return existing.get();
    }

    /** Shows the full 身份证 number only to regulators. */
    public String idNumberFor(Practitioner p, Caller caller) {
        return caller.isRegulator() ? identity.decrypt(p.idNumberEncrypted) : p.idNumberMasked;
    }

    /**
     * One person is one practitioner: the same 身份证 number again is a 409. It names the existing record only to a
     * supervisor; an agency (agencyId not null) learns no id and is pointed at employment by 身份证 and name.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Practitioner register(String name, String idNumber, String phone, UUID agencyId, String by) {
        String number = IdNumber.normalise(idNumber);
        IdNumber.problem(number).ifPresent(problem -> {
            throw ProblemException.invalidField("idNumber", "is not a valid 身份证 number: " + problem);
        });
        String hash = identity.hash(number);
        Practitioner.findByHash(hash).ifPresent(existing -> {
            if (agencyId != null) {
                throw ProblemException.conflict("a practitioner with this 身份证 number is already registered; to employ "
                        + "the person, POST /api/v1/agencies/{your id}/employments with idNumber and name");
            }
            throw ProblemException.conflict("a practitioner with this 身份证 number is already registered",
                    Map.of("existingPractitionerId", existing.id));
        });
        Instant now = Instant.now();
        Practitioner p = new Practitioner();
        p.id = UUID.randomUUID();
        p.name = name.strip();
        p.idNumberHash = hash;
        p.idNumberEncrypted = identity.encrypt(number);
        p.idNumberMasked = IdNumber.mask(number);
        p.gender = IdNumber.gender(number);
        p.phone = phone == null || phone.isBlank() ? null : phone.strip();
        p.registeredBy = by;
        p.registeredByAgency = agencyId;
        p.createdAt = now;
        p.updatedAt = now;
        p.persistAndFlush();
        outbox.publish(RegistryEvents.PRACTITIONER_REGISTERED_V2, p.id, events.practitionerRegistered(p));
        return p;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Practitioner update(Practitioner p, String ifMatch, String name, String phone, String by, boolean mayChangeIdentity) {
        EntityTags.requireMatch(ifMatch, p.version);
        Map<String, String[]> diff = new LinkedHashMap<>();
        String newName = name.strip();
        if (!mayChangeIdentity && !Objects.equals(p.name, newName)) {
            throw new ProblemException(cn.safetysupervision.platform.problem.ProblemType.forStatus(403),
                    "a person's name (identity data) is changed only by a regulator or the association");
        }
        String newPhone = phone == null || phone.isBlank() ? null : phone.strip();
        if (!Objects.equals(p.name, newName)) {
            diff.put("name", new String[]{p.name, newName});
        }
        if (!Objects.equals(p.phone, newPhone)) {
            diff.put("phone", new String[]{p.phone, newPhone});
        }
        if (diff.isEmpty()) {
            return p;
        }
        p.name = newName;
        p.phone = newPhone;
        p.updatedAt = Instant.now();
        p.persistAndFlush();
        List<FieldChangeV1> changes = new ArrayList<>();
        diff.forEach((f, v) -> changes.add(new FieldChangeV1(f, v[0], v[1])));
        outbox.publish(RegistryEvents.PRACTITIONER_UPDATED_V2, p.id, events.practitionerUpdated(p, changes, by));
        return p;
    }

    /** A credential number of a type belongs to one person (a second holder is a 409: Art. 14.4). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Credential addCredential(Practitioner p, CredentialType type, CredentialLevel level, String titleName,
                                    String specialty, String number, String issuer, LocalDate validTo, String by) {
        return addCredential(p, type, level, titleName, specialty, number, issuer, validTo, by, (UUID) null);
    }

    /**
     * {@code declaringAgencyId} given: the employing agency adds it (issue 14): PENDING_VERIFICATION,
     * credential-declared.v1, counting for nothing until a regulator or the association verifies it. Otherwise an
     * authority records it: it counts at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Credential addCredential(Practitioner p, CredentialType type, CredentialLevel level, String titleName,
                                    String specialty, String number, String issuer, LocalDate validTo, String by,
                                    UUID declaringAgencyId) {
        boolean declared = declaringAgencyId != null;
        checkCredential(type, level, titleName);
        String n = number.strip();
        requireCredentialNumberFree(type, n, p.id);
        Credential c = new Credential();
        c.id = UUID.randomUUID();
        c.practitionerId = p.id;
        c.credentialType = type;
        c.level = level;
        c.titleName = titleName;
        c.specialty = specialty;
        c.number = n;
        c.issuer = issuer.strip();
        c.validTo = validTo;
        c.recordedAt = Instant.now();
        if (declared) {
            c.status = Credential.PENDING_VERIFICATION;
            c.declaredBy = by;
            c.persistAndFlush();
            outbox.publish(RegistryEvents.PRACTITIONER_CREDENTIAL_DECLARED_V1, p.id, events.credentialDeclared(c, p, declaringAgencyId));
            return c;
        }
        c.persistAndFlush();
        outbox.publish(RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V2, p.id, events.credentialAdded(c, p, by));
        recheckEmployers(p.id, "credential.added");
        return c;
    }

    /** A regulator or the association verifies (counts from now on) or rejects (with the reason) a declared credential. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Credential decideCredential(UUID practitionerId, UUID credentialId, boolean verify, String reason, String by) {
        Practitioner p = get(practitionerId);
        Credential c = Credential.<Credential>findByIdOptional(credentialId).filter(x -> x.practitionerId.equals(practitionerId))
                .orElseThrow(() -> ProblemException.notFound("credential", credentialId));
        if (!Credential.PENDING_VERIFICATION.equals(c.status)) {
            throw ProblemException.conflict("credential " + credentialId + " is " + c.status + ", not awaiting verification",
                    Map.of("status", c.status));
        }
        c.status = verify ? Credential.VERIFIED : Credential.REJECTED;
        c.decidedBy = by;
        c.decidedAt = Instant.now();
        c.decisionReason = reason;
        c.persistAndFlush();
        if (verify) {
            outbox.publish(RegistryEvents.PRACTITIONER_CREDENTIAL_VERIFIED_V1, p.id, events.credentialVerified(c, p));
            recheckEmployers(p.id, "credential.verified");
        } else {
            outbox.publish(RegistryEvents.PRACTITIONER_CREDENTIAL_REJECTED_V1, p.id, events.credentialRejected(c, p));
        }
        return c;
    }

    /** The level must be one of the type's levels, and a professional title needs its name (400 otherwise). */
    public static void checkCredential(CredentialType type, CredentialLevel level, String titleName) {
        boolean ok = switch (type) {
            case SAFETY_ASSESSOR -> level == CredentialLevel.FIRST || level == CredentialLevel.SECOND || level == CredentialLevel.THIRD;
            case PROFESSIONAL_TITLE -> level == CredentialLevel.JUNIOR || level == CredentialLevel.INTERMEDIATE || level == CredentialLevel.SENIOR;
            case REGISTERED_SAFETY_ENGINEER -> level == CredentialLevel.NONE || level == CredentialLevel.INTERMEDIATE || level == CredentialLevel.SENIOR;
        };
        if (!ok) {
            throw ProblemException.invalidField("level", level + " is not a level of " + type);
        }
        if (type == CredentialType.PROFESSIONAL_TITLE && (titleName == null || titleName.isBlank())) {
            throw ProblemException.invalidField("titleName", "is required for a professional title");
        }
    }

    /** 409 when the number of this credential type is already recorded; {@code practitionerId} may be null for a new person. */
    public void requireCredentialNumberFree(CredentialType type, String number, UUID practitionerId) {
        Credential.<Credential>find("credentialType = ?1 and number = ?2 and status <> ?3", type, number, Credential.REJECTED)
                .firstResultOptional().ifPresent(existing -> {
            boolean same = existing.practitionerId.equals(practitionerId);
            // another person's credential id is not named (issue 14: no ids of others in an error)
            throw ProblemException.conflict("credential " + number + " is already recorded"
                    + (same ? " for this practitioner" : " for another practitioner"),
                    same ? Map.of("existingCredentialId", existing.id) : Map.of());
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Training recordTraining(Practitioner p, UUID agencyId, TrainingCategory category, String topic, BigDecimal hours,
                                   LocalDate trainedOn, String provider, String by) {
        if (trainedOn.isAfter(AgencyService.today())) {
            throw ProblemException.invalidField("trainedOn", "must not be in the future");
        }
        Training t = new Training();
        t.id = UUID.randomUUID();
        t.practitionerId = p.id;
        t.agencyId = agencyId;
        t.topicCategory = category;
        t.topic = topic.strip();
        t.hours = hours;
        t.trainedOn = trainedOn;
        t.provider = provider.strip();
        t.recordedBy = by;
        t.recordedAt = Instant.now();
        t.persist();
        outbox.publish(RegistryEvents.PRACTITIONER_TRAINING_RECORDED_V2, p.id, events.trainingRecorded(t, p));
        return t;
    }

    /**
     * Records an employment. A full-time employment overlapping another agency's full-time employment of the same
     * person is refused with 409 naming the conflict, and the refusal is published (Art. 14.10).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Employment startEmployment(UUID agencyId, UUID practitionerId, EmploymentType type, LocalDate from,
                                      LocalDate to, String by) {
        return startEmployment(agencyId, practitionerId, type, from, to, by, null);
    }

    /** As above; {@code backdatingReason}: why a supervisor records a start older than the typed-date grace. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Employment startEmployment(UUID agencyId, UUID practitionerId, EmploymentType type, LocalDate from,
                                      LocalDate to, String by, String backdatingReason) {
        Agency agency = agencies.get(agencyId);
        requireCanEmploy(agency);
        Practitioner p = Practitioner.<Practitioner>findByIdOptional(practitionerId)
                .orElseThrow(() -> ProblemException.invalidField("practitionerId", "no such practitioner"));
        checkPeriod(from, to);
        Optional<EmploymentClash> clash = clash(Employment.list("practitionerId", practitionerId), agencyId, type, from, to);
        if (clash.isPresent()) {
            Employment e = clash.get().with();
            if (clash.get().sameAgency()) {
                throw ProblemException.conflict(clash.get().describe(agency), Map.of("conflictingEmploymentId", e.id));
            }
            Agency other = agencies.get(e.agencyId);
            refusals.record(RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V2, p.id,
                    events.employmentConflict(p, agency, type.name(), from, to, e, other, by, Instant.now()));
            // Issue 14: not a violation but a conflict in the review queue; the asking agency learns nothing about
            // the other employer (its id, name or dates stay with the regulators and the event).
            throw ProblemException.conflict("the person is recorded as full-time at another agency in that period; "
                    + "a person may be full-time at one agency only. The conflict waits for a regulator or the association "
                    + "in the review queue");
        }
        Employment e = new Employment();
        e.id = UUID.randomUUID();
        e.agencyId = agencyId;
        e.practitionerId = practitionerId;
        e.employmentType = type;
        e.employedFrom = from;
        e.employedTo = to;
        e.recordedAt = Instant.now();
        e.backdatingReason = backdatingReason;
        e.persistAndFlush();
        outbox.publish(RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V2, p.id, events.employmentStarted(e, p, agency, by, e.recordedAt));
        staffing.check(agencyId, "employment.started");
        return e;
    }

    /** Only an active agency employs staff (409 otherwise). */
    public static void requireCanEmploy(Agency agency) {
        if (agency.status != AgencyStatus.ACTIVE) {
            throw ProblemException.conflict("the agency is " + agency.status + " and cannot employ staff");
        }
    }

    /** 400 when the period ends before it starts. */
    public static void checkPeriod(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("employedTo", "must not be before employedFrom");
        }
    }

    /**
     * What a new employment collides with among the person's employments: an overlapping one at the same agency, or
     * (Art. 14.10) an overlapping full-time one elsewhere when the new one is full-time too.
     */
    public record EmploymentClash(Employment with, boolean sameAgency) {

        /** The refusal's reason; {@code agency} is the agency of {@link #with}. */
        public String describe(Agency agency) {
            if (sameAgency) {
                return "the practitioner is already employed by this agency in that period";
            }
            return "the practitioner is already full-time at " + agency.name + " (" + agency.creditCode + ") from "
                    + with.employedFrom + (with.employedTo == null ? "" : " to " + with.employedTo)
                    + "; a person may be full-time at one agency only";
        }
    }

    /** The first of {@code existing} that an employment (agency, type, from, to) would collide with. */
    public static Optional<EmploymentClash> clash(List<Employment> existing, UUID agencyId, EmploymentType type,
                                                  LocalDate from, LocalDate to) {
        for (Employment e : existing) {
            if (!e.overlaps(from, to)) {
                continue;
            }
            if (e.agencyId.equals(agencyId)) {
                return Optional.of(new EmploymentClash(e, true));
            }
            if (type == EmploymentType.FULL_TIME && e.employmentType == EmploymentType.FULL_TIME) {
                return Optional.of(new EmploymentClash(e, false));
            }
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Employment endEmployment(UUID agencyId, UUID employmentId, String ifMatch, LocalDate endedOn, String by) {
        return endEmployment(agencyId, employmentId, ifMatch, endedOn, by, null);
    }

    /**
     * A supervisor's decision on a refused full-time hire that collided with this employment (issue 14): ENDED ends
     * it on {@code endedOn} (as an end would, with its events), UPHELD keeps it; either way the decision is published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Employment decideConflict(UUID agencyId, UUID employmentId, String ifMatch, String outcome, LocalDate endedOn,
                                     UUID reviewItemId, String reason, String by) {
        Employment e;
        if ("ENDED".equals(outcome)) {
            e = endEmployment(agencyId, employmentId, ifMatch, endedOn, by, reason);
        } else {
            e = Employment.<Employment>findByIdOptional(employmentId).filter(x -> x.agencyId.equals(agencyId))
                    .orElseThrow(() -> ProblemException.notFound("employment", employmentId));
            EntityTags.requireMatch(ifMatch, e.version);
        }
        outbox.publish(RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_DECIDED_V1, e.practitionerId,
                new cn.safetysupervision.events.registry.EmploymentConflictDecidedV1(e.practitionerId, e.id, e.agencyId,
                        outcome, "ENDED".equals(outcome) ? endedOn : null, reviewItemId, reason, by, Instant.now()));
        return e;
    }

    /** As above; {@code backdatingReason}: why a supervisor records an end older than the typed-date grace. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Employment endEmployment(UUID agencyId, UUID employmentId, String ifMatch, LocalDate endedOn, String by,
                                    String backdatingReason) {
        Employment e = Employment.<Employment>findByIdOptional(employmentId).filter(x -> x.agencyId.equals(agencyId))
                .orElseThrow(() -> ProblemException.notFound("employment", employmentId));
        EntityTags.requireMatch(ifMatch, e.version);
        if (e.employedTo != null && !e.employedTo.isAfter(endedOn)) {
            throw ProblemException.conflict("the employment already ends on " + e.employedTo);
        }
        if (endedOn.isBefore(e.employedFrom)) {
            throw ProblemException.invalidField("endedOn", "must not be before the first day " + e.employedFrom);
        }
        e.employedTo = endedOn;
        e.endRecordedAt = Instant.now();
        e.endBackdatingReason = backdatingReason;
        e.persistAndFlush();
        Practitioner p = get(e.practitionerId);
        outbox.publish(RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V2, p.id,
                events.employmentEnded(e, p, agencies.get(agencyId), by, Instant.now()));
        staffing.check(agencyId, "employment.ended");
        return e;
    }

    /** Staffing of every agency currently employing the practitioner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recheckEmployers(UUID practitionerId, String trigger) {
        LocalDate today = AgencyService.today();
        Employment.<Employment>list("practitionerId", practitionerId).stream()
                .filter(e -> e.activeOn(today)).map(e -> e.agencyId).distinct()
                .forEach(agencyId -> staffing.check(agencyId, trigger));
    }
}
