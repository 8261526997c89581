package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.dashboard.persistence.FeedStore;
import cn.safetysupervision.dashboard.persistence.ProjectionStore;
import cn.safetysupervision.platform.events.IncomingEvent;
import cn.safetysupervision.events.complaint.CaseAcceptedV1;
import cn.safetysupervision.events.complaint.CaseClosedV1;
import cn.safetysupervision.events.complaint.CaseReceivedV1;
import cn.safetysupervision.events.complaint.CaseRefusedV1;
import cn.safetysupervision.events.complaint.ClockOverdueV1;
import cn.safetysupervision.events.complaint.PurgeDueV1;
import cn.safetysupervision.events.complaint.StatementRequestedV1;
import cn.safetysupervision.events.compliance.CreditGradeChangedV1;
import cn.safetysupervision.events.compliance.DishonestyListingEndedV1;
import cn.safetysupervision.events.compliance.DishonestyListingStartedV1;
import cn.safetysupervision.events.compliance.FindingConfirmedV1;
import cn.safetysupervision.events.compliance.FindingDismissedV1;
import cn.safetysupervision.events.compliance.FindingReferredV1;
import cn.safetysupervision.events.compliance.FindingResolvedV1;
import cn.safetysupervision.events.compliance.ViolationFlaggedV1;
import cn.safetysupervision.events.contract.ContractCancelledV1;
import cn.safetysupervision.events.contract.FollowUpOverdueV1;
import cn.safetysupervision.events.contract.FollowUpRecordedV1;
import cn.safetysupervision.events.contract.RectificationConfirmationOverdueV1;
import cn.safetysupervision.events.contract.ReportOverdueV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.WrittenNoticeFiledV1;
import cn.safetysupervision.events.contract.WrittenNoticeOverdueV1;
import cn.safetysupervision.events.disclosure.ReportDisclosureOverdueV1;
import cn.safetysupervision.events.disclosure.ReportPublishedV1;
import cn.safetysupervision.events.registry.AgencyChangedV1;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.AgencyStatusChangedV1;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies one received event: every event goes to the feed as it came; the types the overview and the queues
 * need also change a projection. Types are matched by name, so types published after this was written (and not
 * in the event contract this module was built with) are handled where named and shown generically otherwise.
 */
@ApplicationScoped
public class FeedProjector {

    public static final String REPORT_OVERDUE = "REPORT_OVERDUE";
    public static final String WRITTEN_NOTICE_OVERDUE = "WRITTEN_NOTICE_OVERDUE";
    public static final String FOLLOW_UP_OVERDUE = "FOLLOW_UP_OVERDUE";
    public static final String RECTIFICATION_OVERDUE = "RECTIFICATION_OVERDUE";
    public static final String COMPLAINT = "COMPLAINT";
    public static final String DISCLOSURE_OVERDUE = "DISCLOSURE_OVERDUE";
    public static final List<String> OVERDUE_WORK = List.of(REPORT_OVERDUE, WRITTEN_NOTICE_OVERDUE, FOLLOW_UP_OVERDUE,
            RECTIFICATION_OVERDUE);

    private final FeedStore feed;
    private final ProjectionStore projections;

    FeedProjector(FeedStore feed, ProjectionStore projections) {
        this.feed = feed;
        this.projections = projections;
    }

    /** Once per transaction, before the first event of it. */
    public void beginTransaction() {
        feed.lockForWriting();
    }

    public void apply(IncomingEvent event) {
        JsonNode data = event.data();
        String base = EventLabels.baseName(event.type());
        UUID agencyId = uuid(data, "agencyId")
                .or(() -> base.startsWith("registry.agency.") ? uuid(event.subject()) : Optional.empty()).orElse(null);
        UUID findingId = base.startsWith("compliance.finding.") ? uuid(data, "findingId").or(() -> uuid(event.subject()))
                .orElse(null) : null;
        Optional<Long> inserted = feed.insert(event.id(), event.type(), event.source(), event.subject(), event.topic(),
                event.partition(), event.offset(), event.time(), agencyId, findingId, data.toString());
        if (inserted.isEmpty()) {
            return; // already in the feed (a redelivery that got past the inbox, e.g. after a DB restore)
        }
        long seq = inserted.get();
        String agencyName = text(data, "agencyName");
        if (agencyId != null && agencyName != null) {
            projections.upsertAgency(agencyId, agencyName, text(data, "creditCode"), null, null, null);
        }
        String type = event.type();
        switch (base) {
            case "registry.agency.registered" -> Payloads.read(type, data, AgencyRegisteredV1.class).ifPresent(p ->
                    projections.upsertAgency(p.agencyId(), p.name(), p.creditCode(), p.registeredAddress(),
                            district(p.registeredAddress()), p.status()));
            case "registry.agency.changed" -> Payloads.read(type, data, AgencyChangedV1.class).ifPresent(p ->
                    projections.upsertAgency(p.agencyId(), p.agencyName(), p.creditCode(), p.registeredAddress(),
                            district(p.registeredAddress()), p.status()));
            case "registry.agency.status-changed" -> Payloads.read(type, data, AgencyStatusChangedV1.class).ifPresent(p ->
                    projections.upsertAgency(p.agencyId(), p.agencyName(), p.creditCode(), null, null, p.status()));
            // The qualification types share these fields (certificateNumber, qualificationType, validTo, status);
            // DashboardPayloadsTest feeds a real record of each and checks what is read.
            case "registry.qualification.granted", "registry.qualification.verified", "registry.qualification.renewed",
                 "registry.qualification.reinstated" -> certificate(event, data, agencyId, true, null, true);
            case "registry.qualification.declared" -> certificate(event, data, agencyId, false, "DECLARED", true);
            case "registry.qualification.conflict-raised" -> certificate(event, data, agencyId, null, "CONFLICT", true);
            case "registry.qualification.rejected" -> certificate(event, data, agencyId, false, null, true);
            case "registry.qualification.suspended", "registry.qualification.revoked", "registry.qualification.expired" ->
                    certificate(event, data, agencyId, false, null, false);
            case "registry.qualification.expiring" -> certificate(event, data, agencyId, null, null, false);
            case "compliance.finding.flagged" -> Payloads.read(type, data, ViolationFlaggedV1.class).ifPresent(p -> {
                // Before the status field: an automatic finding is a suspicion until a person confirms it.
                String status = p.status() != null ? p.status() : "MANUAL".equals(p.origin()) ? "CONFIRMED" : "SUSPECTED";
                projections.upsertFinding(p.findingId(), p.agencyId(), p.ruleId(), p.article(), p.title(), p.severity(),
                        p.origin(), status, p.flaggedAt(), endOfDay(p.respondBy()), seq);
            });
            case "compliance.finding.confirmed" -> Payloads.read(type, data, FindingConfirmedV1.class).ifPresent(p ->
                    projections.setFindingStatus(p.findingId(), p.agencyId(), p.ruleId(), "CONFIRMED"));
            case "compliance.finding.resolved" -> Payloads.read(type, data, FindingResolvedV1.class).ifPresent(p ->
                    projections.setFindingStatus(p.findingId(), p.agencyId(), p.ruleId(), "RESOLVED"));
            case "compliance.finding.dismissed" -> Payloads.read(type, data, FindingDismissedV1.class).ifPresent(p ->
                    projections.setFindingStatus(p.findingId(), p.agencyId(), p.ruleId(), "DISMISSED"));
            case "compliance.finding.referred" -> Payloads.read(type, data, FindingReferredV1.class).ifPresent(p ->
                    projections.setFindingStatus(p.findingId(), p.agencyId(), p.ruleId(), "REFERRED"));
            case "compliance.credit.grade-changed" -> Payloads.read(type, data, CreditGradeChangedV1.class)
                    .filter(p -> p.agencyId() != null && p.grade() != null)
                    .ifPresent(p -> projections.setGrade(p.agencyId(), p.grade(), p.points()));
            case "compliance.credit.dishonesty-listing-started" -> Payloads.read(type, data, DishonestyListingStartedV1.class)
                    .ifPresent(p -> projections.setDishonest(p.agencyId(), true));
            case "compliance.credit.dishonesty-listing-ended" -> Payloads.read(type, data, DishonestyListingEndedV1.class)
                    .ifPresent(p -> projections.setDishonest(p.agencyId(), false));
            case "contract.contract.report-overdue" -> Payloads.read(type, data, ReportOverdueV1.class).ifPresent(p ->
                    overdue(REPORT_OVERDUE, "报告逾期未出具", event, p.contractId(), p.agencyId(), p.dueDate(), seq));
            case "contract.contract.written-notice-overdue" -> Payloads.read(type, data, WrittenNoticeOverdueV1.class)
                    .ifPresent(p -> overdue(WRITTEN_NOTICE_OVERDUE, "书面告知逾期未报送", event, p.contractId(),
                            p.agencyId(), p.dueDate(), seq));
            case "contract.contract.follow-up-overdue" -> Payloads.read(type, data, FollowUpOverdueV1.class).ifPresent(p ->
                    overdue(FOLLOW_UP_OVERDUE, "回访逾期", event, p.contractId(), p.agencyId(), p.dueDate(), seq));
            case "contract.contract.rectification-confirmation-overdue" ->
                    Payloads.read(type, data, RectificationConfirmationOverdueV1.class).ifPresent(p ->
                            overdue(RECTIFICATION_OVERDUE, "整改确认逾期", event, p.contractId(), p.agencyId(),
                                    p.dueDate(), seq));
            case "contract.contract.report-submitted" -> Payloads.read(type, data, ReportSubmittedV1.class)
                    .ifPresent(p -> close(REPORT_OVERDUE, ref(p.contractId()), event, seq));
            case "contract.contract.written-notice-filed" -> Payloads.read(type, data, WrittenNoticeFiledV1.class)
                    .ifPresent(p -> close(WRITTEN_NOTICE_OVERDUE, ref(p.contractId()), event, seq));
            case "contract.contract.follow-up-recorded" -> Payloads.read(type, data, FollowUpRecordedV1.class)
                    .ifPresent(p -> close(FOLLOW_UP_OVERDUE, ref(p.contractId()), event, seq));
            case "contract.contract.cancelled" -> Payloads.read(type, data, ContractCancelledV1.class)
                    .ifPresent(p -> OVERDUE_WORK.forEach(kind -> close(kind, ref(p.contractId()), event, seq)));
            case "disclosure.report.disclosure-overdue" -> Payloads.read(type, data, ReportDisclosureOverdueV1.class)
                    .ifPresent(p -> projections.openWorkItem(DISCLOSURE_OVERDUE, ref(p.reportId()), p.agencyId(),
                            event.subject(), "报告未按时公开", endOfDay(p.disclosureDueOn()), type, seq));
            case "disclosure.report.published" -> Payloads.read(type, data, ReportPublishedV1.class)
                    .ifPresent(p -> close(DISCLOSURE_OVERDUE, ref(p.reportId()), event, seq));
            default -> {
                if (base.startsWith("complaint.case.")) {
                    complaint(base, event, data, seq);
                }
            }
        }
    }

    /** Complaint clocks: each step that starts a clock names its own due field in the contract. */
    private void complaint(String base, IncomingEvent event, JsonNode data, long seq) {
        String type = event.type();
        String step = EventLabels.label(type);
        switch (base) {
            case "complaint.case.received" -> Payloads.read(type, data, CaseReceivedV1.class).ifPresent(p ->
                    projections.openWorkItem(COMPLAINT, ref(p.caseId()), p.agencyId(), event.subject(), step,
                            endOfDay(p.triageDueOn()), type, seq));
            case "complaint.case.accepted" -> Payloads.read(type, data, CaseAcceptedV1.class).ifPresent(p ->
                    projections.openWorkItem(COMPLAINT, ref(p.caseId()), p.agencyId(), event.subject(), step,
                            endOfDay(p.closeDueOn()), type, seq));
            case "complaint.case.statement-requested" -> Payloads.read(type, data, StatementRequestedV1.class).ifPresent(p ->
                    projections.openWorkItem(COMPLAINT, ref(p.caseId()), p.agencyId(), event.subject(), step,
                            endOfDay(p.respondBy()), type, seq));
            case "complaint.case.clock-overdue" -> Payloads.read(type, data, ClockOverdueV1.class).ifPresent(p ->
                    projections.openWorkItem(COMPLAINT, ref(p.caseId()), p.agencyId(), event.subject(), step,
                            endOfDay(p.dueOn()), type, seq));
            case "complaint.case.closed" -> Payloads.read(type, data, CaseClosedV1.class)
                    .ifPresent(p -> projections.closeWorkItem(COMPLAINT, ref(p.caseId()), type, seq));
            case "complaint.case.refused" -> Payloads.read(type, data, CaseRefusedV1.class)
                    .ifPresent(p -> projections.closeWorkItem(COMPLAINT, ref(p.caseId()), type, seq));
            case "complaint.case.purge-due" -> Payloads.read(type, data, PurgeDueV1.class)
                    .ifPresent(p -> projections.closeWorkItem(COMPLAINT, ref(p.caseId()), type, seq));
            default -> {
                // substantiated, unsubstantiated, referred: the step changes, the clock stays.
                String ref = firstText(data, "caseId").orElse(event.subject());
                if (ref != null) {
                    projections.touchWorkItem(COMPLAINT, ref, step, type, seq);
                }
            }
        }
    }

    private void certificate(IncomingEvent event, JsonNode data, UUID agencyId, Boolean counts, String review,
                             boolean setReview) {
        UUID qualificationId = uuid(data, "qualificationId").or(() -> uuid(event.subject())).orElse(null);
        if (qualificationId == null) {
            return;
        }
        LocalDate validTo = date(data, "validTo").orElse(null);
        projections.upsertCertificate(qualificationId, agencyId, text(data, "certificateNumber"),
                text(data, "qualificationType"), validTo, text(data, "status"), counts, review, setReview);
    }

    private void overdue(String kind, String label, IncomingEvent event, UUID contractId, UUID agencyId,
                         LocalDate dueDate, long seq) {
        String ref = ref(contractId);
        if (ref != null) {
            projections.openWorkItem(kind, ref, agencyId, ref, label, endOfDay(dueDate), event.type(), seq);
        }
    }

    private void close(String kind, String ref, IncomingEvent event, long seq) {
        if (ref != null) {
            projections.closeWorkItem(kind, ref, event.type(), seq);
        }
    }

    private static String ref(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String district(String address) {
        return address == null ? null : Districts.fromAddress(address);
    }

    /** A due date means the end of that day in Beijing. */
    static Instant endOfDay(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(FeedItem.BEIJING).toInstant();
    }

    static Optional<Instant> instant(JsonNode data, String field) {
        String text = text(data, field);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException notInstant) {
                return date(data, field).map(d -> d.plusDays(1).atStartOfDay(FeedItem.BEIJING).toInstant());
            }
        }
    }

    static Optional<LocalDate> date(JsonNode data, String field) {
        String text = text(data, field);
        try {
            return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }

    static Optional<String> firstText(JsonNode data, String... fields) {
        for (String field : fields) {
            String value = text(data, field);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static Optional<UUID> uuid(JsonNode data, String field) {
        return uuid(text(data, field));
    }

    static Optional<UUID> uuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
