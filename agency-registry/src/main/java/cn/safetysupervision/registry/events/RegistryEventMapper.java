package cn.safetysupervision.registry.events;

import cn.safetysupervision.events.registry.*;
import cn.safetysupervision.registry.persistence.*;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Event payloads from entities. Payloads repeat the agency's code and name and the practitioner's name (the 身份证 only masked) so
 * that a consumer never has to call back.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface RegistryEventMapper {

    BusinessScopeEntryV1 scopeEntry(ScopeEntry entry);

    default List<BusinessScopeEntryV1> scope(Qualification q) {
        return q.businessScope.stream()
                .sorted(Comparator.comparing((ScopeEntry e) -> e.serviceType).thenComparing(e -> e.industry))
                .map(this::scopeEntry).toList();
    }

    default AgencyChangedV1 changed(Agency a, List<FieldChangeV1> changes, ChangeFiling filing, String by, Instant at) {
        return new AgencyChangedV1(a.id, a.creditCode, a.name, a.legalRepresentative, a.registeredAddress,
                a.officeAddress, a.status.name(), changes, filing != null, filing == null ? null : filing.id,
                filing == null ? null : filing.dueOn, a.version, by, at);
    }

    default AgencyChangeFiledV1 changeFiled(Agency a, ChangeFiling f) {
        return new AgencyChangeFiledV1(a.id, a.creditCode, a.name, f.id, Arrays.asList(f.changedFields.split(",")),
                f.changedAt, f.dueOn, f.filedOn, f.filedOn.isAfter(f.dueOn), f.filingReference, f.filedBy, f.recordedAt);
    }

    default AgencyStatusChangedV1 statusChanged(Agency a, String previous, String reason, String by, Instant at) {
        return new AgencyStatusChangedV1(a.id, a.creditCode, a.name, previous, a.status.name(), reason, by, at);
    }

    default CommitmentSignedV1 commitmentSigned(Agency a, Commitment c) {
        return new CommitmentSignedV1(a.id, a.creditCode, a.name, c.id, c.signatory, c.signatoryTitle, c.signedOn,
                c.documentSha256, c.commitmentVersion, c.recordedBy, c.recordedAt);
    }

    default QualificationGrantedV1 granted(Qualification q, Agency a, String by) {
        return new QualificationGrantedV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), by, q.updatedAt);
    }

    default QualificationRenewedV1 renewed(Qualification q, Agency a, LocalDate previousValidTo, String by) {
        return new QualificationRenewedV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), previousValidTo, by, q.updatedAt);
    }

    default QualificationSuspendedV1 suspended(Qualification q, Agency a, String reason, String by) {
        return new QualificationSuspendedV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), reason, by, q.updatedAt);
    }

    default QualificationReinstatedV1 reinstated(Qualification q, Agency a, String reason, String by) {
        return new QualificationReinstatedV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), reason, by, q.updatedAt);
    }

    default QualificationRevokedV1 revoked(Qualification q, Agency a, String reason, String by) {
        return new QualificationRevokedV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), reason, by, q.updatedAt);
    }

    default QualificationExpiringV1 expiring(Qualification q, Agency a, int leadTimeDays, int daysRemaining, Instant at) {
        return new QualificationExpiringV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), leadTimeDays, daysRemaining, at);
    }

    default QualificationExpiredV1 expired(Qualification q, Agency a, Instant at) {
        return new QualificationExpiredV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), q.validTo.plusDays(1), at);
    }

    default EquipmentCalibrationExpiringV1 calibrationExpiring(Equipment e, Agency a, int leadTimeDays, int daysRemaining, Instant at) {
        return new EquipmentCalibrationExpiringV1(a.id, a.creditCode, a.name, e.id, e.name, e.model, e.serialNumber,
                e.calibrationValidTo, leadTimeDays, daysRemaining, at);
    }

    default EquipmentCalibrationExpiredV1 calibrationExpired(Equipment e, Agency a, Instant at) {
        return new EquipmentCalibrationExpiredV1(a.id, a.creditCode, a.name, e.id, e.name, e.model, e.serialNumber,
                e.calibrationValidTo, e.calibrationValidTo.plusDays(1), at);
    }

    default QualificationDeclaredV1 declared(Qualification q, Agency a) {
        return new QualificationDeclaredV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), q.scanSha256, q.declaredBy, q.createdAt);
    }

    default QualificationVerifiedV1 verified(Qualification q, Agency a) {
        return new QualificationVerifiedV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), q.decidedBy, q.decisionReason, q.decidedAt);
    }

    default QualificationRejectedV1 rejected(Qualification q, Agency a) {
        return new QualificationRejectedV1(q.id, q.certificateNumber, a.id, a.creditCode, a.name, q.qualificationType.name(),
                scope(q), q.issuer, q.validFrom, q.validTo, q.status.name(), q.decidedBy, q.decisionReason, q.decidedAt);
    }

    default QualificationConflictRaisedV1 conflictRaised(Qualification declared, Agency a, Qualification other) {
        return new QualificationConflictRaisedV1(declared.id, declared.certificateNumber, a.id, a.creditCode, a.name,
                other.id, other.agencyId, other.status.name(), declared.createdAt);
    }

    default DuplicateQualificationClaimRefusedV1 duplicateClaim(Qualification held, Agency holder, Agency claimant,
                                                                String type, String by, Instant at) {
        return new DuplicateQualificationClaimRefusedV1(held.id, held.certificateNumber, holder.id, holder.creditCode,
                holder.name, claimant.id, claimant.creditCode, claimant.name, type, by, at);
    }

    default PractitionerRegisteredV2 practitionerRegistered(Practitioner p) {
        return new PractitionerRegisteredV2(p.id, p.name, p.idNumberMasked, p.gender, p.registeredBy, p.createdAt);
    }

    default PractitionerUpdatedV2 practitionerUpdated(Practitioner p, List<FieldChangeV1> changes, String by) {
        return new PractitionerUpdatedV2(p.id, p.name, p.idNumberMasked, changes, by, p.updatedAt);
    }

    default CredentialAddedV2 credentialAdded(Credential c, Practitioner p, String by) {
        return new CredentialAddedV2(c.id, p.id, p.name, c.credentialType.name(), c.level.name(),
                c.titleName, c.specialty, c.number, c.issuer, c.validTo, by, c.recordedAt);
    }

    default CredentialDeclaredV1 credentialDeclared(Credential c, Practitioner p, java.util.UUID declaringAgencyId) {
        return new CredentialDeclaredV1(c.id, p.id, p.name, c.credentialType.name(), c.level.name(),
                c.titleName, c.specialty, c.number, c.issuer, c.validTo, c.declaredBy, c.recordedAt, declaringAgencyId);
    }

    default CredentialVerifiedV1 credentialVerified(Credential c, Practitioner p) {
        return new CredentialVerifiedV1(c.id, p.id, p.name, c.credentialType.name(), c.level.name(),
                c.titleName, c.specialty, c.number, c.issuer, c.validTo, c.decidedBy, c.decisionReason, c.decidedAt);
    }

    default CredentialRejectedV1 credentialRejected(Credential c, Practitioner p) {
        return new CredentialRejectedV1(c.id, p.id, p.name, c.credentialType.name(), c.level.name(),
                c.titleName, c.specialty, c.number, c.issuer, c.validTo, c.decidedBy, c.decisionReason, c.decidedAt);
    }

    default CredentialExpiringV2 credentialExpiring(Credential c, Practitioner p, int leadTimeDays, int daysRemaining, Instant at) {
        return new CredentialExpiringV2(c.id, p.id, p.name, c.credentialType.name(), c.level.name(),
                c.titleName, c.specialty, c.number, c.issuer, c.validTo, leadTimeDays, daysRemaining, at);
    }

    default CredentialExpiredV2 credentialExpired(Credential c, Practitioner p, Instant at) {
        return new CredentialExpiredV2(c.id, p.id, p.name, c.credentialType.name(), c.level.name(),
                c.titleName, c.specialty, c.number, c.issuer, c.validTo, c.validTo.plusDays(1), at);
    }

    default EmploymentStartedV2 employmentStarted(Employment e, Practitioner p, Agency a, String by, Instant at) {
        return new EmploymentStartedV2(e.id, p.id, p.name, a.id, a.creditCode, a.name,
                e.employmentType.name(), e.employedFrom, e.employedTo, by, at);
    }

    default EmploymentEndedV2 employmentEnded(Employment e, Practitioner p, Agency a, String by, Instant at) {
        return new EmploymentEndedV2(e.id, p.id, p.name, a.id, a.creditCode, a.name,
                e.employmentType.name(), e.employedFrom, e.employedTo, by, at);
    }

    default EmploymentConflictRefusedV2 employmentConflict(Practitioner p, Agency requested, String type, LocalDate from,
                                                           LocalDate to, Employment conflicting, Agency conflictingAgency,
                                                           String by, Instant at) {
        return new EmploymentConflictRefusedV2(p.id, p.name, requested.id, requested.creditCode,
                requested.name, type, from, to, conflicting.id, conflictingAgency.id, conflictingAgency.creditCode,
                conflictingAgency.name, conflicting.employedFrom, conflicting.employedTo, by, at);
    }

    default TrainingRecordedV2 trainingRecorded(Training t, Practitioner p) {
        return new TrainingRecordedV2(t.id, p.id, p.name, t.agencyId, t.topicCategory.name(), t.topic,
                t.hours, t.trainedOn, t.provider, t.recordedBy, t.recordedAt);
    }
}
