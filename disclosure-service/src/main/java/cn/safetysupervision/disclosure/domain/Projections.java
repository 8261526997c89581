package cn.safetysupervision.disclosure.domain;

import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.events.compliance.CreditGradeChangedV1;
import cn.safetysupervision.events.compliance.DishonestyListingEndedV1;
import cn.safetysupervision.events.compliance.DishonestyListingStartedV1;
import cn.safetysupervision.events.compliance.PenaltyDecidedV1;
import cn.safetysupervision.events.contract.CalendarDayV1;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import cn.safetysupervision.events.contract.ContractSignedV1;
import cn.safetysupervision.events.contract.EvidenceArchivedV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.SignatoryV1;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.EmploymentEndedV1;
import cn.safetysupervision.events.registry.EmploymentStartedV1;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the public read model from upstream facts. Every write is an upsert that sets state, so an event applied
 * twice changes nothing the second time. Only what may be published, or what decides what may be published, is
 * kept: no fee, no client address, no 身份证 hash, no phone number ever reaches this database.
 */
@ApplicationScoped
public class Projections {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoStore store;
    private final AgencyPages pages;

    Projections(MongoStore store, AgencyPages pages) {
        this.store = store;
        this.pages = pages;
    }

    // ---- agencies

    public void agency(UUID agencyId, String creditCode, String name, String legalRepresentative,
                       String registeredAddress, String officeAddress, String status, Instant at) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("creditCode", creditCode);
        fields.put("name", name);
        fields.put("nameLower", name == null ? null : name.toLowerCase(Locale.ROOT));
        fields.put("legalRepresentative", legalRepresentative);
        fields.put("registeredAddress", registeredAddress);
        fields.put("district", Districts.of(registeredAddress));
        if (officeAddress != null) {
            fields.put("officeAddress", officeAddress);
        }
        fields.put("status", status);
        fields.put("updatedAt", Date.from(at == null ? Instant.now() : at));
        agencyFields(agencyId, fields);
    }

    public void agencyStatus(UUID agencyId, String status) {
        agencyFields(agencyId, Map.of("status", status));
    }

    public void creditGrade(CreditGradeChangedV1 e) {
        agencyFields(e.agencyId(), Map.of("creditGrade", e.grade(), "creditGradeAt", Date.from(e.changedAt())));
    }

    /** The agency's own fields, set the same way on its master document, its page and its search entry. */
    private void agencyFields(UUID agencyId, Map<String, Object> fields) {
        List<Bson> sets = new ArrayList<>();
        fields.forEach((k, v) -> sets.add(Updates.set(k, v)));
        store.agencies().updateOne(Filters.eq("_id", agencyId.toString()), Updates.combine(sets), UPSERT);
        pages.agencyFields(agencyId.toString(), fields);
    }

    // ---- certificates

    /**
     * A certificate's state from a registry event. {@code origin} is how it entered: GRANTED (recorded by an
     * authority, counts), DECLARED (the agency's own claim, 待核验, counts only once VERIFIED). A later event of
     * the lifecycle (renewed, suspended, ...) never changes the verification.
     */
    public void certificate(UUID qualificationId, String certificateNumber, UUID agencyId, String qualificationType,
                            List<BusinessScopeEntryV1> scope, String issuer, LocalDate validFrom, LocalDate validTo,
                            String status, String origin, Instant at) {
        List<Bson> sets = new ArrayList<>();
        sets.add(Updates.set("certificateNumber", certificateNumber));
        sets.add(Updates.set("agencyId", agencyId.toString()));
        sets.add(Updates.set("qualificationType", qualificationType));
        List<Document> scopeDocs = new ArrayList<>();
        if (scope != null) {
            for (BusinessScopeEntryV1 entry : scope) {
                scopeDocs.add(new Document("serviceType", entry.serviceType()).append("industry", entry.industry()));
            }
        }
        sets.add(Updates.set("scope", scopeDocs));
        sets.add(Updates.set("issuer", issuer));
        sets.add(Updates.set("validFrom", text(validFrom)));
        sets.add(Updates.set("validTo", text(validTo)));
        sets.add(Updates.set("status", status));
        Date when = Date.from(at == null ? Instant.now() : at);
        if ("GRANTED".equals(origin)) {
            sets.add(Updates.set("verification", "GRANTED"));
            sets.add(Updates.set("countsFrom", when));
        } else if ("DECLARED".equals(origin)) {
            sets.add(Updates.setOnInsert("verification", "DECLARED"));
        }
        // The history lets a reader ask for the status on a past day (a report's issue date). Adding the same
        // entry twice (a redelivery) is harmless: $addToSet keeps one.
        sets.add(Updates.addToSet("history", new Document("at", when).append("status", status)
                .append("validFrom", text(validFrom)).append("validTo", text(validTo))));
        store.certificates().updateOne(Filters.eq("_id", qualificationId.toString()), Updates.combine(sets), UPSERT);
        followCertificate(qualificationId);
    }

    private void followCertificate(UUID qualificationId) {
        pages.follow(AgencyPages.CERTIFICATES, store.certificates(), qualificationId.toString());
    }

    /** A regulator or the association verified a declared certificate: it counts from {@code at}. */
    public void certificateVerified(UUID qualificationId, Instant at) {
        store.certificates().updateOne(Filters.and(Filters.eq("_id", qualificationId.toString()),
                        Filters.ne("verification", "GRANTED")),
                Updates.combine(Updates.set("verification", "VERIFIED"),
                        Updates.set("countsFrom", Date.from(at == null ? Instant.now() : at))), UPSERT);
        followCertificate(qualificationId);
    }

    public void certificateRejected(UUID qualificationId) {
        store.certificates().updateOne(Filters.and(Filters.eq("_id", qualificationId.toString()),
                        Filters.ne("verification", "GRANTED")),
                Updates.combine(Updates.set("verification", "REJECTED"), Updates.unset("countsFrom")), UPSERT);
        followCertificate(qualificationId);
    }

    // ---- staff

    public void employmentStarted(EmploymentStartedV1 e) {
        employment(e.employmentId(), e.practitionerId(), e.agencyId(), e.employmentType(), e.employedFrom(), e.employedTo());
    }

    public void employmentEnded(EmploymentEndedV1 e) {
        employment(e.employmentId(), e.practitionerId(), e.agencyId(), e.employmentType(), e.employedFrom(), e.employedTo());
    }

    private void employment(UUID employmentId, UUID practitionerId, UUID agencyId, String type, LocalDate from, LocalDate to) {
        store.employments().updateOne(Filters.eq("_id", employmentId.toString()), Updates.combine(
                Updates.set("practitionerId", practitionerId.toString()),
                Updates.set("agencyId", agencyId.toString()),
                Updates.set("employmentType", type),
                Updates.set("from", text(from)),
                Updates.set("to", text(to))), UPSERT);
        pages.follow(AgencyPages.EMPLOYMENTS, store.employments(), employmentId.toString());
    }

    // ---- contracts, evidence, reports

    /** Only what a disclosure may show or must leave out: client name and industry, service type, dates, confidential list. */
    public void contract(ContractSignedV1 e, String state) {
        List<String> confidential = e.confidentialFields() == null ? List.of() : e.confidentialFields();
        store.contracts().updateOne(Filters.eq("_id", e.contractId().toString()), Updates.combine(
                Updates.set("agencyId", e.agencyId().toString()),
                Updates.set("clientName", e.client() == null ? null : e.client().name()),
                Updates.set("clientIndustry", e.client() == null ? null : e.client().industry()),
                Updates.set("serviceType", e.serviceType()),
                Updates.set("signedDate", text(e.signedDate())),
                Updates.set("plannedSiteWorkDate", text(e.plannedSiteWorkDate())),
                Updates.set("confidentialFields", confidential),
                Updates.set("state", state)), UPSERT);
    }

    public void contractState(UUID contractId, String state) {
        store.contracts().updateOne(Filters.eq("_id", contractId.toString()), Updates.set("state", state), UPSERT);
    }

    /** Evidence metadata only; the file name (which may name the client or a person) is not kept. */
    public void evidence(EvidenceArchivedV1 e) {
        store.evidence().updateOne(Filters.eq("_id", e.evidenceId().toString()), Updates.combine(
                Updates.set("contractId", e.contractId().toString()),
                Updates.set("agencyId", e.agencyId().toString()),
                Updates.set("siteVisitId", e.siteVisitId() == null ? null : e.siteVisitId().toString()),
                Updates.set("mediaType", e.mediaType()),
                Updates.set("sizeBytes", e.sizeBytes()),
                Updates.set("sha256", e.sha256() == null ? null : e.sha256().toLowerCase(Locale.ROOT)),
                Updates.set("capturedAt", e.capturedAt() == null ? null : Date.from(e.capturedAt())),
                Updates.set("archivedAt", Date.from(e.archivedAt()))), UPSERT);
    }

    /**
     * A submitted report waits for the agency to publish it. A resubmission (a redelivery, or a corrected report)
     * replaces the submitted facts but never unpublishes.
     */
    public void reportSubmitted(ReportSubmittedV1 e, LocalDate disclosureDueOn) {
        List<Document> team = new ArrayList<>();
        if (e.signatories() != null) {
            for (SignatoryV1 s : e.signatories()) {
                team.add(new Document("name", s.practitionerName()).append("role", s.role())
                        .append("credentialNumber", s.credentialNumber()));
            }
        }
        store.reports().updateOne(Filters.eq("_id", e.reportId().toString()), Updates.combine(
                Updates.set("contractId", e.contractId().toString()),
                Updates.set("agencyId", e.agencyId().toString()),
                Updates.set("reportNumber", e.reportNumber()),
                Updates.set("reportType", e.reportType()),
                Updates.set("issueDate", text(e.issueDate())),
                Updates.set("team", team),
                Updates.set("summary", e.summary()),
                Updates.set("submittedAt", Date.from(e.submittedAt())),
                Updates.set("disclosureDueOn", text(disclosureDueOn)),
                Updates.setOnInsert("status", "SUBMITTED")), UPSERT);
        // A corrected resubmission of a published report changes what its page entry shows.
        pages.follow(AgencyPages.REPORTS, store.reports(), e.reportId().toString());
    }

    // ---- sanctions (only what a regulator decided)

    public void penalty(PenaltyDecidedV1 e) {
        store.sanctions().updateOne(Filters.eq("_id", e.penaltyId().toString()), Updates.combine(
                Updates.set("kind", "PENALTY"),
                publishedNow(),
                Updates.set("agencyId", e.agencyId().toString()),
                Updates.set("decisionNumber", e.decisionNumber()),
                Updates.set("decidedOn", text(e.decidedOn())),
                Updates.set("legalBasis", e.legalBasis()),
                Updates.set("content", e.content()),
                Updates.set("endsOn", text(e.endsOn()))), UPSERT);
        followSanction(e.penaltyId());
    }

    public void dishonestyListed(DishonestyListingStartedV1 e, String decisionNumber, String legalBasis) {
        store.sanctions().updateOne(Filters.eq("_id", e.listingId().toString()), Updates.combine(
                Updates.set("kind", "DISHONESTY_LISTING"),
                publishedNow(),
                Updates.set("agencyId", e.agencyId().toString()),
                Updates.set("decisionNumber", decisionNumber),
                Updates.set("decidedOn", text(e.startDate())),
                Updates.set("legalBasis", legalBasis),
                Updates.set("content", "列入失信名单"),
                Updates.set("endsOn", text(e.endDate()))), UPSERT);
        followSanction(e.listingId());
    }

    public void dishonestyEnded(DishonestyListingEndedV1 e) {
        store.sanctions().updateOne(Filters.eq("_id", e.listingId().toString()), Updates.combine(
                Updates.set("endedOn", text(e.endedOn())), Updates.set("endReason", e.reason())));
        followSanction(e.listingId());
    }

    private void followSanction(UUID sanctionId) {
        pages.follow(AgencyPages.SANCTIONS, store.sanctions(), sanctionId.toString());
    }

    /** When this service first made the decision public (a redelivery keeps the first time). */
    private static Bson publishedNow() {
        return Updates.setOnInsert("publishedAt", new Date());
    }

    // ---- the working-day calendar (contract-service owns it)

    /** Replaces what was known of one year: its holidays and make-up working days. */
    public void calendarYear(CalendarYearPublishedV1 year) {
        List<Document> days = new ArrayList<>();
        for (CalendarDayV1 d : year.days() == null ? List.<CalendarDayV1>of() : year.days()) {
            days.add(new Document("day", d.day().toString()).append("working", d.working()));
        }
        store.calendarYears().replaceOne(Filters.eq("_id", year.year()),
                new Document("_id", year.year()).append("source", year.source()).append("days", days),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
