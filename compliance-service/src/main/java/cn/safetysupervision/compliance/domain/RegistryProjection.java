package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.persistence.MonitoredAgency;
import cn.safetysupervision.events.registry.AgencyChangeFiledV1;
import cn.safetysupervision.events.registry.AgencyChangedV1;
import cn.safetysupervision.events.registry.AgencyStatusChangedV1;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.CommitmentSignedV1;
import cn.safetysupervision.events.registry.CredentialAddedV2;
import cn.safetysupervision.events.registry.CredentialExpiredV2;
import cn.safetysupervision.events.registry.CredentialDeclaredV1;
import cn.safetysupervision.events.registry.EmploymentConflictDecidedV1;
import cn.safetysupervision.events.registry.CredentialVerifiedV1;
import cn.safetysupervision.events.registry.EmploymentConflictRefusedV2;
import cn.safetysupervision.events.registry.EmploymentEndedV2;
import cn.safetysupervision.events.registry.EmploymentStartedV2;
import cn.safetysupervision.events.registry.QualificationConflictRaisedV1;
import cn.safetysupervision.events.registry.QualificationDeclaredV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the projections of agency-registry's qualification, practitioner and agency changes. Every write is an
 * upsert keyed by the registry's ids, so applying an event twice or replaying a topic gives the same rows.
 */
@ApplicationScoped
public class RegistryProjection {

    private final EntityManager em;
    private final ObjectMapper json;

    RegistryProjection(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The fields every qualification event carries: its state after the event. */
    record QualificationState(UUID qualificationId, String certificateNumber, UUID agencyId, String qualificationType,
                              List<BusinessScopeEntryV1> businessScope, LocalDate validFrom, LocalDate validTo,
                              String status) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        String type = event.type();
        reviewItems(event);
        if (type.startsWith("cn.safetysupervision.registry.qualification.")
                && !type.equals(RegistryEvents.QUALIFICATION_DUPLICATE_CLAIM_REFUSED_V1.type())
                && !type.equals(RegistryEvents.QUALIFICATION_CONFLICT_RAISED_V1.type())
                && !type.equals(RegistryEvents.QUALIFICATION_EXPIRING_V1.type())) {
            // Declared certificates arrive as PENDING_VERIFICATION and count for nothing: rules count only VALID.
            qualification(event.id(), event.dataAs(QualificationState.class));
        } else if (type.equals(RegistryEvents.AGENCY_CHANGED_V1.type())) {
            agencyChanged(event.id(), event.dataAs(AgencyChangedV1.class));
        } else if (type.equals(RegistryEvents.AGENCY_STATUS_CHANGED_V1.type())) {
            agencyStatus(event.id(), event.dataAs(AgencyStatusChangedV1.class));
        } else if (type.equals(RegistryEvents.AGENCY_CHANGE_FILED_V1.type())) {
            filed(event.dataAs(AgencyChangeFiledV1.class));
        } else if (type.equals(RegistryEvents.AGENCY_COMMITMENT_SIGNED_V1.type())) {
            var c = event.dataAs(CommitmentSignedV1.class);
            em.createNativeQuery("""
                            insert into agency_commitment (commitment_id, agency_id, signed_on) values (?1, ?2, ?3)
                            on conflict (commitment_id) do nothing""")
                    .setParameter(1, c.commitmentId()).setParameter(2, c.agencyId()).setParameter(3, c.signedOn())
                    .executeUpdate();
        } else if (RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V2.matches(type, RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V1)) {
            var e = event.dataAs(EmploymentStartedV2.class);
            employment(e.employmentId(), e.practitionerId(), e.agencyId(), e.employmentType(), e.employedFrom(),
                    e.employedTo(), false);
        } else if (RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V2.matches(type, RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V1)) {
            var e = event.dataAs(EmploymentEndedV2.class);
            employment(e.employmentId(), e.practitionerId(), e.agencyId(), e.employmentType(), e.employedFrom(),
                    e.employedTo(), true);
        } else if (RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V2.matches(type, RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V1)) {
            var c = event.dataAs(CredentialAddedV2.class);
            credential(c.credentialId(), c.practitionerId(), c.credentialType(), c.specialty(), c.number(), c.validTo());
        } else if (type.equals(RegistryEvents.PRACTITIONER_CREDENTIAL_VERIFIED_V1.type())) {
            // issue 14: a declared credential counts from its verification; declared ones are not projected
            var c = event.dataAs(CredentialVerifiedV1.class);
            credential(c.credentialId(), c.practitionerId(), c.credentialType(), c.specialty(), c.number(), c.validTo());
        } else if (RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRED_V2.matches(type, RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRED_V1)) {
            var c = event.dataAs(CredentialExpiredV2.class);
            em.createNativeQuery("update credential set expired = true where credential_id = ?1")
                    .setParameter(1, c.credentialId()).executeUpdate();
        }
    }

    /**
     * What waits for a person in agency-registry, for the one review queue (issue 14): declared certificates and
     * certificate conflicts (closed by the registry's verified/rejected events), refused full-time employments
     * (closed here by the person's decision).
     */
    private void reviewItems(IncomingEvent event) {
        String type = event.type();
        if (type.equals(RegistryEvents.QUALIFICATION_DECLARED_V1.type())) {
            var d = event.dataAs(QualificationDeclaredV1.class);
            openItem(ReviewItemKind.CERTIFICATE_DECLARED, d.qualificationId(), d.agencyId(), d.declaredAt(), event.id(),
                    java.util.Map.of("certificateNumber", d.certificateNumber(), "agencyName", d.agencyName(),
                            "qualificationType", d.qualificationType(), "validTo", d.validTo().toString(),
                            "scanSha256", d.scanSha256()));
        } else if (type.equals(RegistryEvents.QUALIFICATION_CONFLICT_RAISED_V1.type())) {
            var c = event.dataAs(QualificationConflictRaisedV1.class);
            openItem(ReviewItemKind.CERTIFICATE_CONFLICT, c.qualificationId(), c.agencyId(), c.raisedAt(), event.id(),
                    java.util.Map.of("certificateNumber", c.certificateNumber(), "agencyName", c.agencyName(),
                            "otherQualificationId", c.otherQualificationId().toString(),
                            "otherAgencyId", c.otherAgencyId().toString(), "otherStatus", c.otherStatus()));
        } else if (type.equals(RegistryEvents.QUALIFICATION_VERIFIED_V1.type())
                || type.equals(RegistryEvents.QUALIFICATION_REJECTED_V1.type())) {
            var state = event.data();
            em.createNativeQuery("""
                            update review_item set closed_at = cast(?2 as timestamptz), closed_by = ?3, close_reason = ?4
                            where subject_id = ?1 and kind in ('CERTIFICATE_DECLARED', 'CERTIFICATE_CONFLICT') and closed_at is null""")
                    .setParameter(1, UUID.fromString(state.path("qualificationId").asText()))
                    .setParameter(2, state.path("decidedAt").asText())
                    .setParameter(3, state.path("decidedBy").asText())
                    .setParameter(4, state.path("status").asText() + ": " + state.path("reason").asText(""))
                    .executeUpdate();
        } else if (type.equals(RegistryEvents.PRACTITIONER_CREDENTIAL_DECLARED_V1.type())) {
            var d = event.dataAs(CredentialDeclaredV1.class);
            java.util.Map<String, String> summary = new java.util.HashMap<>();
            summary.put("practitionerId", d.practitionerId().toString());
            summary.put("practitionerName", d.practitionerName());
            summary.put("credentialType", d.credentialType());
            summary.put("level", d.level());
            summary.put("number", d.number());
            summary.put("issuer", d.issuer());
            summary.put("validTo", String.valueOf(d.validTo()));
            summary.put("declaredBy", d.declaredBy());
            openItem(ReviewItemKind.CREDENTIAL_DECLARED, d.credentialId(), d.declaringAgencyId(), d.declaredAt(),
                    event.id(), summary);
        } else if (type.equals(RegistryEvents.PRACTITIONER_CREDENTIAL_VERIFIED_V1.type())
                || type.equals(RegistryEvents.PRACTITIONER_CREDENTIAL_REJECTED_V1.type())) {
            var state = event.data();
            em.createNativeQuery("""
                            update review_item set closed_at = cast(?2 as timestamptz), closed_by = ?3, close_reason = ?4
                            where subject_id = ?1 and kind = 'CREDENTIAL_DECLARED' and closed_at is null""")
                    .setParameter(1, UUID.fromString(state.path("credentialId").asText()))
                    .setParameter(2, state.path("decidedAt").asText())
                    .setParameter(3, state.path("decidedBy").asText())
                    .setParameter(4, (type.equals(RegistryEvents.PRACTITIONER_CREDENTIAL_VERIFIED_V1.type())
                            ? "VERIFIED: " : "REJECTED: ") + state.path("reason").asText(""))
                    .executeUpdate();
        } else if (RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V2.matches(type,
                RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V1)) {
            var r = event.dataAs(EmploymentConflictRefusedV2.class);
            // keyed by the refused attempt: the event's own id is the one stable id it has
            UUID subject = UUID.nameUUIDFromBytes(event.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            openItem(ReviewItemKind.EMPLOYMENT_CONFLICT, subject, r.requestedAgencyId(), r.refusedAt(), event.id(),
                    java.util.Map.of("practitionerId", r.practitionerId().toString(), "practitionerName", r.practitionerName(),
                            "requestedEmploymentType", r.requestedEmploymentType(), "requestedFrom", String.valueOf(r.requestedFrom()),
                            "conflictingAgencyId", String.valueOf(r.conflictingAgencyId()),
                            "conflictingAgencyName", String.valueOf(r.conflictingAgencyName()),
                            "conflictingFrom", String.valueOf(r.conflictingFrom()),
                            "conflictingEmploymentId", String.valueOf(r.conflictingEmploymentId())));
        } else if (type.equals(RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_DECIDED_V1.type())) {
            // agency-registry, which owns employment, decided it (and ended the wrong employment if so)
            var d = event.dataAs(EmploymentConflictDecidedV1.class);
            if (d.reviewItemId() != null) {
                em.createNativeQuery("""
                                update review_item set closed_at = ?2, closed_by = ?3, close_reason = ?4
                                where subject_id = ?1 and kind = 'EMPLOYMENT_CONFLICT' and closed_at is null""")
                        .setParameter(1, d.reviewItemId()).setParameter(2, d.decidedAt()).setParameter(3, d.decidedBy())
                        .setParameter(4, d.outcome() + (d.endedOn() == null ? "" : " " + d.endedOn()) + ": " + d.reason())
                        .executeUpdate();
            }
        }
    }

    private void credential(UUID credentialId, UUID practitionerId, String credentialType, String specialty,
                            String number, LocalDate validTo) {
        em.createNativeQuery("""
                        insert into credential (credential_id, practitioner_id, credential_type, specialty, number, valid_to, expired)
                        values (?1, ?2, ?3, ?4, ?5, ?6, false)
                        on conflict (credential_id) do update set credential_type = excluded.credential_type,
                            specialty = excluded.specialty, number = excluded.number, valid_to = excluded.valid_to""")
                .setParameter(1, credentialId).setParameter(2, practitionerId)
                .setParameter(3, credentialType).setParameter(4, specialty).setParameter(5, number)
                .setParameter(6, validTo).executeUpdate();
    }

    private void openItem(ReviewItemKind kind, UUID subjectId, UUID agencyId, Instant raisedAt, String eventId,
                          java.util.Map<String, String> summary) {
        em.createNativeQuery("""
                        insert into review_item (kind, subject_id, agency_id, raised_at, summary, last_event_id)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6) on conflict (kind, subject_id) do nothing""")
                .setParameter(1, kind.name()).setParameter(2, subjectId).setParameter(3, agencyId)
                .setParameter(4, raisedAt).setParameter(5, toJson(new java.util.TreeMap<>(summary))).setParameter(6, eventId)
                .executeUpdate();
    }

    private void qualification(String eventId, QualificationState q) {
        em.createNativeQuery("""
                        insert into qualification (qualification_id, agency_id, certificate_number, qualification_type,
                            business_scope, valid_from, valid_to, status, last_event_id)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7, ?8, ?9)
                        on conflict (qualification_id) do update set agency_id = excluded.agency_id,
                            certificate_number = excluded.certificate_number, qualification_type = excluded.qualification_type,
                            business_scope = excluded.business_scope, valid_from = excluded.valid_from,
                            valid_to = excluded.valid_to, status = excluded.status, last_event_id = excluded.last_event_id""")
                .setParameter(1, q.qualificationId()).setParameter(2, q.agencyId())
                .setParameter(3, q.certificateNumber()).setParameter(4, q.qualificationType())
                .setParameter(5, toJson(q.businessScope() == null ? List.of() : q.businessScope()))
                .setParameter(6, q.validFrom()).setParameter(7, q.validTo()).setParameter(8, q.status())
                .setParameter(9, eventId).executeUpdate();
    }

    private void agencyChanged(String eventId, AgencyChangedV1 changed) {
        MonitoredAgency agency = MonitoredAgency.findById(changed.agencyId());
        if (agency != null) {
            agency.name = changed.agencyName();
            agency.status = changed.status();
            agency.lastEventId = eventId;
            agency.updatedAt = Instant.now();
        }
        if (changed.filingRequired() && changed.filingId() != null) {
            List<String> fields = changed.changes() == null ? List.of()
                    : changed.changes().stream().map(c -> c.field()).toList();
            em.createNativeQuery("""
                            insert into pending_filing (filing_id, agency_id, changed_fields, filing_due_on, change_event_id)
                            values (?1, ?2, ?3, ?4, ?5) on conflict (filing_id) do nothing""")
                    .setParameter(1, changed.filingId()).setParameter(2, changed.agencyId())
                    .setParameter(3, String.join(",", fields)).setParameter(4, changed.filingDueOn())
                    .setParameter(5, eventId).executeUpdate();
        }
    }

    private void agencyStatus(String eventId, AgencyStatusChangedV1 changed) {
        MonitoredAgency agency = MonitoredAgency.findById(changed.agencyId());
        if (agency != null) {
            agency.status = changed.status();
            agency.lastEventId = eventId;
            agency.updatedAt = Instant.now();
        }
    }

    private void filed(AgencyChangeFiledV1 filing) {
        em.createNativeQuery("update pending_filing set filed_on = ?2 where filing_id = ?1")
                .setParameter(1, filing.filingId()).setParameter(2, filing.filedOn()).executeUpdate();
    }

    private void employment(UUID employmentId, UUID practitionerId, UUID agencyId, String type, LocalDate from,
                            LocalDate to, boolean ended) {
        em.createNativeQuery("""
                        insert into employment (employment_id, practitioner_id, agency_id, employment_type, employed_from, employed_to, ended)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (employment_id) do update set employment_type = excluded.employment_type,
                            employed_from = excluded.employed_from, employed_to = excluded.employed_to,
                            ended = employment.ended or excluded.ended""")
                .setParameter(1, employmentId).setParameter(2, practitionerId).setParameter(3, agencyId)
                .setParameter(4, type).setParameter(5, from).setParameter(6, to).setParameter(7, ended)
                .executeUpdate();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
