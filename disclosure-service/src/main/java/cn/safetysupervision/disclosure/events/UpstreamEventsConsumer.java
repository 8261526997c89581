package cn.safetysupervision.disclosure.events;

import cn.safetysupervision.disclosure.domain.Projections;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.CreditGradeChangedV1;
import cn.safetysupervision.events.compliance.DishonestyListingEndedV1;
import cn.safetysupervision.events.compliance.DishonestyListingStartedV1;
import cn.safetysupervision.events.compliance.PenaltyDecidedV1;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import cn.safetysupervision.events.contract.ContractCancelledV1;
import cn.safetysupervision.events.contract.ContractCompletedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ContractSignedV1;
import cn.safetysupervision.events.contract.EvidenceArchivedV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.registry.AgencyChangedV1;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.AgencyStatusChangedV1;
import cn.safetysupervision.events.registry.EmploymentEndedV1;
import cn.safetysupervision.events.registry.EmploymentStartedV1;
import cn.safetysupervision.events.registry.QualificationGrantedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import cn.safetysupervision.platform.events.PoisonEventException;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.UUID;

/**
 * Turns the published events of agency-registry, contract-service and compliance-service into the public read
 * model, once per event. Types it does not use change nothing. Suspected findings are not consumed at all: only
 * what a regulator decided (penalty decisions, dishonesty listings) is public.
 */
@ApplicationScoped
public class UpstreamEventsConsumer {

    static final String T = "cn.safetysupervision.";
    /** Declared/verified/rejected certificates (the authority helper's names); read by type so that they may land later. */
    static final String QUALIFICATION_DECLARED = T + "registry.qualification.declared.v1";
    static final String QUALIFICATION_VERIFIED = T + "registry.qualification.verified.v1";
    static final String QUALIFICATION_REJECTED = T + "registry.qualification.rejected.v1";

    private final MongoInbound inbound;
    private final Projections projections;

    UpstreamEventsConsumer(MongoInbound inbound, Projections projections) {
        this.inbound = inbound;
        this.projections = projections;
    }

    @Incoming("registry-agency")
    @Blocking(ordered = true)
    public void onAgencyEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("disclosure.registry-agency", records, this::agency);
    }

    @Incoming("registry-qualification")
    @Blocking(ordered = true)
    public void onQualificationEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("disclosure.registry-qualification", records, this::qualification);
    }

    @Incoming("registry-practitioner")
    @Blocking(ordered = true)
    public void onPractitionerEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("disclosure.registry-practitioner", records, this::practitioner);
    }

    @Incoming("contract-contract")
    @Blocking(ordered = true)
    public void onContractEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("disclosure.contract-contract", records, this::contract);
    }

    @Incoming("contract-calendar")
    @Blocking(ordered = true)
    public void onCalendarEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("disclosure.contract-calendar", records, event -> {
            if (event.type().equals(ContractEvents.CALENDAR_YEAR_PUBLISHED_V1.type())) {
                projections.calendarYear(event.dataAs(CalendarYearPublishedV1.class));
            }
        });
    }

    @Incoming("compliance-credit")
    @Blocking(ordered = true)
    public void onCreditEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("disclosure.compliance-credit", records, this::credit);
    }

    @Incoming("compliance-sanction")
    @Blocking(ordered = true)
    public void onSanctionEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("disclosure.compliance-sanction", records, this::sanction);
    }

    void agency(IncomingEvent event) {
        String type = event.type();
        if (type.equals(RegistryEvents.AGENCY_REGISTERED_V1.type())) {
            AgencyRegisteredV1 e = event.dataAs(AgencyRegisteredV1.class);
            projections.agency(e.agencyId(), e.creditCode(), e.name(), e.legalRepresentative(), e.registeredAddress(),
                    null, e.status(), e.registeredAt());
        } else if (type.equals(RegistryEvents.AGENCY_CHANGED_V1.type())) {
            AgencyChangedV1 e = event.dataAs(AgencyChangedV1.class);
            projections.agency(e.agencyId(), e.creditCode(), e.agencyName(), e.legalRepresentative(),
                    e.registeredAddress(), e.officeAddress(), e.status(), e.changedAt());
        } else if (type.equals(RegistryEvents.AGENCY_STATUS_CHANGED_V1.type())) {
            AgencyStatusChangedV1 e = event.dataAs(AgencyStatusChangedV1.class);
            projections.agencyStatus(e.agencyId(), e.status());
        }
    }

    void qualification(IncomingEvent event) {
        String type = event.type();
        if (type.equals(QUALIFICATION_VERIFIED)) {
            projections.certificateVerified(uuid(event, "qualificationId"), instant(event, "verifiedAt"));
            return;
        }
        if (type.equals(QUALIFICATION_REJECTED)) {
            projections.certificateRejected(uuid(event, "qualificationId"));
            return;
        }
        String origin;
        if (type.equals(RegistryEvents.QUALIFICATION_GRANTED_V1.type())) {
            origin = "GRANTED";
        } else if (type.equals(QUALIFICATION_DECLARED)) {
            origin = "DECLARED";
        } else if (type.equals(RegistryEvents.QUALIFICATION_RENEWED_V1.type())
                || type.equals(RegistryEvents.QUALIFICATION_SUSPENDED_V1.type())
                || type.equals(RegistryEvents.QUALIFICATION_REINSTATED_V1.type())
                || type.equals(RegistryEvents.QUALIFICATION_REVOKED_V1.type())
                || type.equals(RegistryEvents.QUALIFICATION_EXPIRED_V1.type())) {
            origin = null;
        } else {
            return;
        }
        // Every certificate event carries the same certificate fields as granted.v1 (the lifecycle ones add a reason).
        QualificationGrantedV1 c = event.dataAs(QualificationGrantedV1.class);
        Instant at = c.recordedAt() != null ? c.recordedAt() : instant(event, "changedAt");
        projections.certificate(c.qualificationId(), c.certificateNumber(), c.agencyId(), c.qualificationType(),
                c.businessScope(), c.issuer(), c.validFrom(), c.validTo(), c.status(), origin,
                at != null ? at : event.time() == null ? Instant.now() : event.time().toInstant());
    }

    void practitioner(IncomingEvent event) {
        String type = event.type();
        if (type.equals(RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V1.type())) {
            projections.employmentStarted(event.dataAs(EmploymentStartedV1.class));
        } else if (type.equals(RegistryEvents.PRACTITIONER_EMPLOYMENT_ENDED_V1.type())) {
            projections.employmentEnded(event.dataAs(EmploymentEndedV1.class));
        }
    }

    void contract(IncomingEvent event) {
        String type = event.type();
        if (type.equals(ContractEvents.SIGNED_V1.type()) || type.equals(ContractEvents.AMENDED_V1.type())) {
            // amended.v1 carries the full terms after the change, with the same fields as signed.v1.
            projections.contract(event.dataAs(ContractSignedV1.class), "SIGNED");
        } else if (type.equals(ContractEvents.CANCELLED_V1.type())) {
            projections.contractState(event.dataAs(ContractCancelledV1.class).contractId(), "CANCELLED");
        } else if (type.equals(ContractEvents.COMPLETED_V1.type())) {
            projections.contractState(event.dataAs(ContractCompletedV1.class).contractId(), "COMPLETED");
        } else if (type.equals(ContractEvents.EVIDENCE_ARCHIVED_V1.type())) {
            projections.evidence(event.dataAs(EvidenceArchivedV1.class));
        } else if (type.equals(ContractEvents.REPORT_SUBMITTED_V1.type())) {
            // disclosureDueOn is optional: absent in events written before it was added (no overdue then).
            ReportSubmittedV1 e = event.dataAs(ReportSubmittedV1.class);
            projections.reportSubmitted(e, e.disclosureDueOn());
        }
    }

    void credit(IncomingEvent event) {
        String type = event.type();
        if (type.equals(ComplianceEvents.CREDIT_GRADE_CHANGED_V1.type())) {
            projections.creditGrade(event.dataAs(CreditGradeChangedV1.class));
        } else if (type.equals(ComplianceEvents.DISHONESTY_LISTING_STARTED_V1.type())) {
            // Emitted only on a regulator's decision; decisionNumber and legalBasis are optional additions.
            projections.dishonestyListed(event.dataAs(DishonestyListingStartedV1.class),
                    text(event, "decisionNumber"), text(event, "legalBasis"));
        } else if (type.equals(ComplianceEvents.DISHONESTY_LISTING_ENDED_V1.type())) {
            projections.dishonestyEnded(event.dataAs(DishonestyListingEndedV1.class));
        }
    }

    void sanction(IncomingEvent event) {
        if (event.type().equals(ComplianceEvents.PENALTY_DECIDED_V1.type())) {
            projections.penalty(event.dataAs(PenaltyDecidedV1.class));
        }
    }

    private static UUID uuid(IncomingEvent event, String field) {
        JsonNode node = event.data().path(field);
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("event " + event.id() + " (" + event.type() + ") has no valid " + field);
        }
    }

    private static Instant instant(IncomingEvent event, String field) {
        JsonNode node = event.data().path(field);
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    private static String text(IncomingEvent event, String field) {
        JsonNode node = event.data().path(field);
        return node.isTextual() ? node.asText() : null;
    }
}
