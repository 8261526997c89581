package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.persistence.RegistryAgency;
import cn.safetysupervision.contract.persistence.RegistryCredential;
import cn.safetysupervision.contract.persistence.RegistryEmployment;
import cn.safetysupervision.contract.persistence.RegistryPractitioner;
import cn.safetysupervision.contract.persistence.RegistryQualification;
import cn.safetysupervision.events.registry.AgencyChangedV1;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.AgencyStatusChangedV1;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.CommitmentSignedV1;
import cn.safetysupervision.events.registry.CredentialAddedV2;
import cn.safetysupervision.events.registry.CredentialExpiredV2;
import cn.safetysupervision.events.registry.CredentialVerifiedV1;
import cn.safetysupervision.events.registry.EmploymentEndedV2;
import cn.safetysupervision.events.registry.EmploymentStartedV2;
import cn.safetysupervision.events.registry.PractitionerRegisteredV2;
import cn.safetysupervision.events.registry.PractitionerUpdatedV2;
import cn.safetysupervision.events.registry.QualificationGrantedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the local copy of registry data up to date. Every handler is an upsert by the registry's id, so applying
 * an event twice, or a later state before an earlier one of another aggregate, leaves a consistent projection.
 */
@ApplicationScoped
public class RegistryProjection {

    public void apply(IncomingEvent event) {
        String type = event.type();
        if (RegistryEvents.AGENCY_REGISTERED_V1.type().equals(type)) {
            AgencyRegisteredV1 e = event.dataAs(AgencyRegisteredV1.class);
            RegistryAgency a = agency(e.agencyId());
            a.creditCode = e.creditCode();
            a.name = e.name();
            a.legalRepresentative = e.legalRepresentative();
            a.registeredAddress = e.registeredAddress();
            a.status = e.status();
            a.updatedAt = Instant.now();
            a.persist();
        } else if (RegistryEvents.AGENCY_CHANGED_V1.type().equals(type)) {
            AgencyChangedV1 e = event.dataAs(AgencyChangedV1.class);
            RegistryAgency a = agency(e.agencyId());
            a.creditCode = e.creditCode();
            a.name = e.agencyName();
            a.legalRepresentative = e.legalRepresentative();
            a.registeredAddress = e.registeredAddress();
            a.officeAddress = e.officeAddress();
            a.status = e.status();
            a.updatedAt = Instant.now();
            a.persist();
        } else if (RegistryEvents.AGENCY_STATUS_CHANGED_V1.type().equals(type)) {
            AgencyStatusChangedV1 e = event.dataAs(AgencyStatusChangedV1.class);
            RegistryAgency a = agency(e.agencyId());
            a.creditCode = e.creditCode();
            a.name = e.agencyName();
            a.status = e.status();
            a.updatedAt = Instant.now();
            a.persist();
        } else if (RegistryEvents.AGENCY_COMMITMENT_SIGNED_V1.type().equals(type)) {
            CommitmentSignedV1 e = event.dataAs(CommitmentSignedV1.class);
            RegistryAgency a = agency(e.agencyId());
            a.creditCode = e.creditCode();
            a.name = e.agencyName();
            a.commitmentSignedOn = e.signedOn();
            a.commitmentVersion = e.commitmentVersion();
            a.commitmentSha256 = e.documentSha256();
            a.updatedAt = Instant.now();
            a.persist();
        } else if (type.startsWith("cn.safetysupervision.registry.qualification.")
                && !type.contains("expiring") && !type.contains("duplicate-claim-refused")
                && !type.contains("conflict-raised")) {
            // declared (PENDING_VERIFICATION), verified and rejected carry the full state too; only VALID ones count.
            // granted, renewed, suspended, reinstated, revoked, expired all carry the certificate's full state.
            qualification(event.dataAs(QualificationGrantedV1.class), event.data());
        } else if (RegistryEvents.PRACTITIONER_REGISTERED_V2.matches(type, RegistryEvents.PRACTITIONER_REGISTERED_V1)) {
            PractitionerRegisteredV2 e = event.dataAs(PractitionerRegisteredV2.class);
            practitioner(e.practitionerId(), e.practitionerName());
        } else if (RegistryEvents.PRACTITIONER_UPDATED_V2.matches(type, RegistryEvents.PRACTITIONER_UPDATED_V1)) {
            PractitionerUpdatedV2 e = event.dataAs(PractitionerUpdatedV2.class);
            practitioner(e.practitionerId(), e.practitionerName());
        } else if (RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V2.matches(type, RegistryEvents.PRACTITIONER_CREDENTIAL_ADDED_V1)) {
            CredentialAddedV2 e = event.dataAs(CredentialAddedV2.class);
            credential(e.credentialId(), e.practitionerId(), e.practitionerName(), e.credentialType(), e.level(),
                    e.titleName(), e.specialty(), e.number(), e.validTo());
        } else if (RegistryEvents.PRACTITIONER_CREDENTIAL_VERIFIED_V1.type().equals(type)) {
            // issue 14: a declared credential counts from its verification; declared ones are not projected
            CredentialVerifiedV1 e = event.dataAs(CredentialVerifiedV1.class);
            credential(e.credentialId(), e.practitionerId(), e.practitionerName(), e.credentialType(), e.level(),
                    e.titleName(), e.specialty(), e.number(), e.validTo());
        } else if (RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRED_V2.matches(type, RegistryEvents.PRACTITIONER_CREDENTIAL_EXPIRED_V1)) {
            CredentialExpiredV2 e = event.dataAs(CredentialExpiredV2.class);
            RegistryCredential c = RegistryCredential.findById(e.credentialId());
            if (c != null) {
                c.expired = true;
            }
        } else if (RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V2.matches(type, RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V1)) {
            EmploymentStartedV2 e = event.dataAs(EmploymentStartedV2.class);
            practitioner(e.practitionerId(), e.practitionerName());
            employment(e.employmentId(), e.practitionerId(), e.agencyId(), e.employmentType(), e.employedFrom(),
                    e.employedTo(), false);
        } else if (RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V2.matches(type, RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V1)) {
            EmploymentEndedV2 e = event.dataAs(EmploymentEndedV2.class);
            employment(e.employmentId(), e.practitionerId(), e.agencyId(), e.employmentType(), e.employedFrom(),
                    e.employedTo(), true);
        }
        // Other registry types carry nothing this service needs.
    }

    private static RegistryAgency agency(UUID id) {
        RegistryAgency a = RegistryAgency.findById(id);
        if (a == null) {
            a = new RegistryAgency();
            a.id = id;
        }
        return a;
    }

    private static void qualification(QualificationGrantedV1 e, JsonNode raw) {
        RegistryQualification q = RegistryQualification.findById(e.qualificationId());
        if (q == null) {
            q = new RegistryQualification();
            q.id = e.qualificationId();
        }
        q.agencyId = e.agencyId();
        q.certificateNumber = e.certificateNumber();
        q.qualificationType = e.qualificationType();
        List<BusinessScopeEntryV1> scope = e.businessScope() == null ? List.of() : e.businessScope();
        q.businessScope = scope.stream().map(s -> new ScopeEntry(s.serviceType(), s.industry())).toList();
        q.issuer = e.issuer();
        q.validFrom = e.validFrom();
        q.validTo = e.validTo();
        q.status = raw.path("status").asText("VALID");
        q.persist();
    }

    private static void credential(UUID credentialId, UUID practitionerId, String practitionerName, String credentialType,
                                   String level, String titleName, String specialty, String number, LocalDate validTo) {
        practitioner(practitionerId, practitionerName);
        RegistryCredential c = RegistryCredential.findById(credentialId);
        if (c == null) {
            c = new RegistryCredential();
            c.id = credentialId;
        }
        c.practitionerId = practitionerId;
        c.credentialType = credentialType;
        c.level = level;
        c.titleName = titleName;
        c.specialty = specialty;
        c.number = number;
        c.validTo = validTo;
        c.expired = validTo != null && validTo.isBefore(LocalDate.now());
        c.persist();
    }

    private static void practitioner(UUID id, String name) {
        RegistryPractitioner p = RegistryPractitioner.findById(id);
        if (p == null) {
            p = new RegistryPractitioner();
            p.id = id;
        }
        if (name != null) {
            p.name = name;
        }
        p.persist();
    }

    private static void employment(UUID id, UUID practitionerId, UUID agencyId, String type, LocalDate from,
                                   LocalDate to, boolean ended) {
        RegistryEmployment e = RegistryEmployment.findById(id);
        if (e == null) {
            e = new RegistryEmployment();
            e.id = id;
        } else if (e.ended && !ended) {
            return; // a late redelivered start never reopens an ended employment
        }
        e.practitionerId = practitionerId;
        e.agencyId = agencyId;
        e.employmentType = type;
        e.employedFrom = from;
        e.employedTo = to;
        e.ended = ended;
        e.persist();
    }
}
