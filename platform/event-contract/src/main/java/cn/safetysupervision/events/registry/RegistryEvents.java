package cn.safetysupervision.events.registry;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.TopicSpec;

import java.util.List;

import static cn.safetysupervision.events.EventCatalog.TYPE_PREFIX;

/** What agency-registry publishes. */
public final class RegistryEvents {

    public static final String OWNER = "agency-registry";

    public static final TopicSpec AGENCY_TOPIC = new TopicSpec("registry.agency", OWNER, "agency id",
            "Agencies (安全生产技术服务机构): registration, changes, change filings, status, 附件2 commitment, staffing threshold, "
                    + "equipment calibration expiry.");

    public static final TopicSpec QUALIFICATION_TOPIC = new TopicSpec("registry.qualification", OWNER, "qualification id",
            "Qualification certificates (资质证书): granted, renewed, suspended, reinstated, revoked, expiry warnings, duplicate claims.");

    public static final TopicSpec PRACTITIONER_TOPIC = new TopicSpec("registry.practitioner", OWNER, "practitioner id",
            "Practitioners (从业人员) with their credentials, employment and training; the 身份证 number only masked (v2 types; "
                    + "the withdrawn v1 types also carried a keyed hash of it).");

    /** Why the practitioner v1 types were withdrawn without a deprecation period. */
    static final String ID_NUMBER_HASH_LEAK = "carried idNumberHash, from which the 身份证 number is recoverable by "
            + "guessing the digits idNumberMasked hides; replaced by the v2 type, which has every other field.";

    public static final EventType<AgencyRegisteredV1> AGENCY_REGISTERED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.registered.v1", AGENCY_TOPIC, AgencyRegisteredV1.class,
            "An agency entered the registry.");

    public static final EventType<AgencyChangedV1> AGENCY_CHANGED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.changed.v1", AGENCY_TOPIC, AgencyChangedV1.class,
            "Agency master data changed; a change of name, registered address or legal representative opens a filing window.");

    public static final EventType<AgencyChangeFiledV1> AGENCY_CHANGE_FILED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.change-filed.v1", AGENCY_TOPIC, AgencyChangeFiledV1.class,
            "A change of name, registered address or legal representative was filed (变更备案), closing its filing window.");

    public static final EventType<AgencyStatusChangedV1> AGENCY_STATUS_CHANGED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.status-changed.v1", AGENCY_TOPIC, AgencyStatusChangedV1.class,
            "An agency's registry status changed (active, suspended, cancelled, revoked).");

    public static final EventType<CommitmentSignedV1> AGENCY_COMMITMENT_SIGNED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.commitment-signed.v1", AGENCY_TOPIC, CommitmentSignedV1.class,
            "The agency's 执业承诺书 (附件2) was recorded as signed.");

    public static final EventType<StaffingBelowThresholdV1> AGENCY_STAFFING_BELOW_THRESHOLD_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.staffing-below-threshold.v1", AGENCY_TOPIC, StaffingBelowThresholdV1.class,
            "An agency's roster fell below the staffing threshold for its business scopes.");

    public static final EventType<StaffingRestoredV1> AGENCY_STAFFING_RESTORED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.staffing-restored.v1", AGENCY_TOPIC, StaffingRestoredV1.class,
            "An agency's roster is back at or above the staffing threshold.");

    public static final EventType<EquipmentCalibrationExpiringV1> AGENCY_EQUIPMENT_CALIBRATION_EXPIRING_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.equipment-calibration-expiring.v1", AGENCY_TOPIC, EquipmentCalibrationExpiringV1.class,
            "An item of equipment's calibration runs out within a warning lead time (once per item, calibration date and lead time).");

    public static final EventType<EquipmentCalibrationExpiredV1> AGENCY_EQUIPMENT_CALIBRATION_EXPIRED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.equipment-calibration-expired.v1", AGENCY_TOPIC, EquipmentCalibrationExpiredV1.class,
            "An item of equipment's last calibrated day passed (once per item and calibration date).");

    public static final EventType<QualificationGrantedV1> QUALIFICATION_GRANTED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.granted.v1", QUALIFICATION_TOPIC, QualificationGrantedV1.class,
            "A qualification certificate was recorded for an agency.");

    public static final EventType<QualificationRenewedV1> QUALIFICATION_RENEWED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.renewed.v1", QUALIFICATION_TOPIC, QualificationRenewedV1.class,
            "A certificate's validity was extended (renewal, 延续).");

    public static final EventType<QualificationSuspendedV1> QUALIFICATION_SUSPENDED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.suspended.v1", QUALIFICATION_TOPIC, QualificationSuspendedV1.class,
            "A certificate was suspended (暂扣).");

    public static final EventType<QualificationReinstatedV1> QUALIFICATION_REINSTATED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.reinstated.v1", QUALIFICATION_TOPIC, QualificationReinstatedV1.class,
            "A suspended certificate is valid again.");

    public static final EventType<QualificationRevokedV1> QUALIFICATION_REVOKED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.revoked.v1", QUALIFICATION_TOPIC, QualificationRevokedV1.class,
            "A certificate was revoked (撤销/吊销); final.");

    public static final EventType<QualificationExpiringV1> QUALIFICATION_EXPIRING_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.expiring.v1", QUALIFICATION_TOPIC, QualificationExpiringV1.class,
            "A certificate expires within a warning lead time (once per certificate, validity and lead time).");

    public static final EventType<QualificationExpiredV1> QUALIFICATION_EXPIRED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.expired.v1", QUALIFICATION_TOPIC, QualificationExpiredV1.class,
            "A certificate's last valid day passed (once per certificate and validity).");

    public static final EventType<DuplicateQualificationClaimRefusedV1> QUALIFICATION_DUPLICATE_CLAIM_REFUSED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.duplicate-claim-refused.v1", QUALIFICATION_TOPIC, DuplicateQualificationClaimRefusedV1.class,
            "An agency claimed a certificate number already held by another agency; refused (Art. 14.4 evidence).");

    public static final EventType<QualificationDeclaredV1> QUALIFICATION_DECLARED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.declared.v1", QUALIFICATION_TOPIC, QualificationDeclaredV1.class,
            "An agency declared a certificate (with its scan's hash): PENDING_VERIFICATION (待核验), it does not count.");

    public static final EventType<QualificationVerifiedV1> QUALIFICATION_VERIFIED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.verified.v1", QUALIFICATION_TOPIC, QualificationVerifiedV1.class,
            "A regulator or the association verified a declared certificate; it counts from now on.");

    public static final EventType<QualificationRejectedV1> QUALIFICATION_REJECTED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.rejected.v1", QUALIFICATION_TOPIC, QualificationRejectedV1.class,
            "A regulator or the association rejected a declared certificate, with a reason.");

    public static final EventType<QualificationConflictRaisedV1> QUALIFICATION_CONFLICT_RAISED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.qualification.conflict-raised.v1", QUALIFICATION_TOPIC, QualificationConflictRaisedV1.class,
            "A declared number is held or declared by another agency: a conflict for a person to resolve, no refusal, no finding.");

    public static final EventType<PractitionerRegisteredV1> PRACTITIONER_REGISTERED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.registered.v1", PRACTITIONER_TOPIC, PractitionerRegisteredV1.class,
            "A practitioner (从业人员) entered the registry.").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<PractitionerRegisteredV2> PRACTITIONER_REGISTERED_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.registered.v2", PRACTITIONER_TOPIC, PractitionerRegisteredV2.class,
            "A practitioner (从业人员) entered the registry.");

    public static final EventType<PractitionerUpdatedV1> PRACTITIONER_UPDATED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.updated.v1", PRACTITIONER_TOPIC, PractitionerUpdatedV1.class,
            "A practitioner's personal data changed.").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<PractitionerUpdatedV2> PRACTITIONER_UPDATED_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.updated.v2", PRACTITIONER_TOPIC, PractitionerUpdatedV2.class,
            "A practitioner's personal data changed.");

    public static final EventType<CredentialAddedV1> PRACTITIONER_CREDENTIAL_ADDED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-added.v1", PRACTITIONER_TOPIC, CredentialAddedV1.class,
            "A practitioner's credential (certificate or title) was recorded.").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<CredentialAddedV2> PRACTITIONER_CREDENTIAL_ADDED_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-added.v2", PRACTITIONER_TOPIC, CredentialAddedV2.class,
            "A practitioner's credential (certificate or title) was recorded by a regulator or the association; it counts.");

    public static final EventType<CredentialDeclaredV1> PRACTITIONER_CREDENTIAL_DECLARED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-declared.v1", PRACTITIONER_TOPIC, CredentialDeclaredV1.class,
            "An agency declared a credential: PENDING_VERIFICATION, it does not count.");

    public static final EventType<CredentialVerifiedV1> PRACTITIONER_CREDENTIAL_VERIFIED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-verified.v1", PRACTITIONER_TOPIC, CredentialVerifiedV1.class,
            "A declared credential was verified by a regulator or the association; it counts from now on.");

    public static final EventType<CredentialRejectedV1> PRACTITIONER_CREDENTIAL_REJECTED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-rejected.v1", PRACTITIONER_TOPIC, CredentialRejectedV1.class,
            "A declared credential was rejected, with the reason.");

    public static final EventType<CredentialExpiringV1> PRACTITIONER_CREDENTIAL_EXPIRING_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-expiring.v1", PRACTITIONER_TOPIC, CredentialExpiringV1.class,
            "A credential expires within a warning lead time (once per credential, validity and lead time).").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<CredentialExpiringV2> PRACTITIONER_CREDENTIAL_EXPIRING_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-expiring.v2", PRACTITIONER_TOPIC, CredentialExpiringV2.class,
            "A credential expires within a warning lead time (once per credential, validity and lead time).");

    public static final EventType<CredentialExpiredV1> PRACTITIONER_CREDENTIAL_EXPIRED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-expired.v1", PRACTITIONER_TOPIC, CredentialExpiredV1.class,
            "A credential's last valid day passed (once per credential and validity).").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<CredentialExpiredV2> PRACTITIONER_CREDENTIAL_EXPIRED_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.credential-expired.v2", PRACTITIONER_TOPIC, CredentialExpiredV2.class,
            "A credential's last valid day passed (once per credential and validity).");

    public static final EventType<EmploymentStartedV1> PRACTITIONER_EMPLOYMENT_STARTED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.employment-started.v1", PRACTITIONER_TOPIC, EmploymentStartedV1.class,
            "A practitioner's employment at an agency was recorded.").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<EmploymentStartedV2> PRACTITIONER_EMPLOYMENT_STARTED_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.employment-started.v2", PRACTITIONER_TOPIC, EmploymentStartedV2.class,
            "A practitioner's employment at an agency was recorded.");

    public static final EventType<EmploymentEndedV1> PRACTITIONER_EMPLOYMENT_ENDED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.employment-ended.v1", PRACTITIONER_TOPIC, EmploymentEndedV1.class,
            "A practitioner's employment at an agency ended.").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<EmploymentEndedV2> PRACTITIONER_EMPLOYMENT_ENDED_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.employment-ended.v2", PRACTITIONER_TOPIC, EmploymentEndedV2.class,
            "A practitioner's employment at an agency ended.");

    public static final EventType<EmploymentConflictRefusedV1> PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.employment-conflict-refused.v1", PRACTITIONER_TOPIC, EmploymentConflictRefusedV1.class,
            "A second concurrent full-time employment of the same person was refused (Art. 14.10 evidence).").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<EmploymentConflictRefusedV2> PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.employment-conflict-refused.v2", PRACTITIONER_TOPIC, EmploymentConflictRefusedV2.class,
            "A second concurrent full-time employment of the same person was refused (Art. 14.10 evidence).");

    public static final EventType<EmploymentConflictDecidedV1> PRACTITIONER_EMPLOYMENT_CONFLICT_DECIDED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.employment-conflict-decided.v1", PRACTITIONER_TOPIC, EmploymentConflictDecidedV1.class,
            "A regulator or the association decided a refused full-time hire: the existing employment ended (ENDED) or stands (UPHELD).");

    public static final EventType<TrainingRecordedV1> PRACTITIONER_TRAINING_RECORDED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.training-recorded.v1", PRACTITIONER_TOPIC, TrainingRecordedV1.class,
            "A training record (Art. 12) was added to a practitioner's archive.").withdrawn(ID_NUMBER_HASH_LEAK);

    public static final EventType<TrainingRecordedV2> PRACTITIONER_TRAINING_RECORDED_V2 = new EventType<>(
            TYPE_PREFIX + "registry.practitioner.training-recorded.v2", PRACTITIONER_TOPIC, TrainingRecordedV2.class,
            "A training record (Art. 12) was added to a practitioner's archive.");

    public static final List<TopicSpec> TOPICS = List.of(AGENCY_TOPIC, QUALIFICATION_TOPIC, PRACTITIONER_TOPIC);

    public static final List<EventType<?>> ALL = List.of(AGENCY_REGISTERED_V1,
            AGENCY_CHANGED_V1,
            AGENCY_CHANGE_FILED_V1,
            AGENCY_STATUS_CHANGED_V1,
            AGENCY_COMMITMENT_SIGNED_V1,
            AGENCY_STAFFING_BELOW_THRESHOLD_V1,
            AGENCY_STAFFING_RESTORED_V1,
            AGENCY_EQUIPMENT_CALIBRATION_EXPIRING_V1,
            AGENCY_EQUIPMENT_CALIBRATION_EXPIRED_V1,
            QUALIFICATION_GRANTED_V1,
            QUALIFICATION_RENEWED_V1,
            QUALIFICATION_SUSPENDED_V1,
            QUALIFICATION_REINSTATED_V1,
            QUALIFICATION_REVOKED_V1,
            QUALIFICATION_EXPIRING_V1,
            QUALIFICATION_EXPIRED_V1,
            QUALIFICATION_DUPLICATE_CLAIM_REFUSED_V1,
            QUALIFICATION_DECLARED_V1,
            QUALIFICATION_VERIFIED_V1,
            QUALIFICATION_REJECTED_V1,
            QUALIFICATION_CONFLICT_RAISED_V1,
            PRACTITIONER_REGISTERED_V1,
            PRACTITIONER_REGISTERED_V2,
            PRACTITIONER_UPDATED_V1,
            PRACTITIONER_UPDATED_V2,
            PRACTITIONER_CREDENTIAL_ADDED_V1,
            PRACTITIONER_CREDENTIAL_ADDED_V2,
            PRACTITIONER_CREDENTIAL_DECLARED_V1,
            PRACTITIONER_CREDENTIAL_VERIFIED_V1,
            PRACTITIONER_CREDENTIAL_REJECTED_V1,
            PRACTITIONER_CREDENTIAL_EXPIRING_V1,
            PRACTITIONER_CREDENTIAL_EXPIRING_V2,
            PRACTITIONER_CREDENTIAL_EXPIRED_V1,
            PRACTITIONER_CREDENTIAL_EXPIRED_V2,
            PRACTITIONER_EMPLOYMENT_STARTED_V1,
            PRACTITIONER_EMPLOYMENT_STARTED_V2,
            PRACTITIONER_EMPLOYMENT_ENDED_V1,
            PRACTITIONER_EMPLOYMENT_ENDED_V2,
            PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V1,
            PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V2,
            PRACTITIONER_EMPLOYMENT_CONFLICT_DECIDED_V1,
            PRACTITIONER_TRAINING_RECORDED_V1,
            PRACTITIONER_TRAINING_RECORDED_V2);

    private RegistryEvents() {
    }
}
