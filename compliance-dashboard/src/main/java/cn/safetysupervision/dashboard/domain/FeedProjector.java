package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.dashboard.persistence.FeedStore;
import cn.safetysupervision.dashboard.persistence.ProjectionStore;
import cn.safetysupervision.platform.events.IncomingEvent;
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
        switch (base) {
            case "registry.agency.registered", "registry.agency.changed", "registry.agency.status-changed" -> {
                String address = text(data, "registeredAddress");
                String name = text(data, "name") != null ? text(data, "name") : agencyName;
                projections.upsertAgency(agencyId, name, text(data, "creditCode"), address,
                        address == null ? null : Districts.fromAddress(address), text(data, "status"));
            }
            case "registry.qualification.granted", "registry.qualification.verified", "registry.qualification.renewed",
                 "registry.qualification.reinstated" -> certificate(event, data, agencyId, true, null, true);
            case "registry.qualification.declared" -> certificate(event, data, agencyId, false, "DECLARED", true);
            case "registry.qualification.conflict-raised" -> certificate(event, data, agencyId, null, "CONFLICT", true);
            case "registry.qualification.rejected" -> certificate(event, data, agencyId, false, null, true);
            case "registry.qualification.suspended", "registry.qualification.revoked", "registry.qualification.expired" ->
                    certificate(event, data, agencyId, false, null, false);
            case "registry.qualification.expiring" -> certificate(event, data, agencyId, null, null, false);
            case "compliance.finding.flagged" -> {
                String origin = text(data, "origin");
                String status = text(data, "status");
                if (status == null) {
                    // Before the status field: an automatic finding is a suspicion until a person confirms it.
                    status = "MANUAL".equals(origin) ? "CONFIRMED" : "SUSPECTED";
                }
                projections.upsertFinding(findingId, agencyId, text(data, "ruleId"), text(data, "article"),
                        text(data, "title"), text(data, "severity"), origin, status,
                        instant(data, "flaggedAt").orElse(null), instant(data, "respondBy").orElse(null), seq);
            }
            case "compliance.finding.confirmed" -> findingStatus(findingId, agencyId, data, "CONFIRMED");
            case "compliance.finding.resolved" -> findingStatus(findingId, agencyId, data, "RESOLVED");
            case "compliance.finding.dismissed" -> findingStatus(findingId, agencyId, data, "DISMISSED");
            case "compliance.finding.referred" -> findingStatus(findingId, agencyId, data, "REFERRED");
            case "compliance.credit.grade-changed" -> {
                if (agencyId != null && text(data, "grade") != null) {
                    projections.setGrade(agencyId, text(data, "grade"),
                            data.hasNonNull("points") ? data.get("points").asInt() : null);
                }
            }
            case "compliance.credit.dishonesty-listing-started" -> {
                if (agencyId != null) {
                    projections.setDishonest(agencyId, true);
                }
            }
            case "compliance.credit.dishonesty-listing-ended" -> {
                if (agencyId != null) {
                    projections.setDishonest(agencyId, false);
                }
            }
            case "contract.contract.report-overdue" -> overdue(REPORT_OVERDUE, "报告逾期未出具", event, data, agencyId, seq);
            case "contract.contract.written-notice-overdue" ->
                    overdue(WRITTEN_NOTICE_OVERDUE, "书面告知逾期未报送", event, data, agencyId, seq);
            case "contract.contract.follow-up-overdue" -> overdue(FOLLOW_UP_OVERDUE, "回访逾期", event, data, agencyId, seq);
            case "contract.contract.rectification-confirmation-overdue" ->
                    overdue(RECTIFICATION_OVERDUE, "整改确认逾期", event, data, agencyId, seq);
            case "contract.contract.report-submitted" -> close(REPORT_OVERDUE, contractRef(event, data), event, seq);
            case "contract.contract.written-notice-filed" ->
                    close(WRITTEN_NOTICE_OVERDUE, contractRef(event, data), event, seq);
            case "contract.contract.follow-up-recorded" -> close(FOLLOW_UP_OVERDUE, contractRef(event, data), event, seq);
            case "contract.contract.cancelled" -> OVERDUE_WORK.forEach(kind -> close(kind, contractRef(event, data), event, seq));
            case "disclosure.report.disclosure-overdue" -> {
                String ref = firstText(data, "reportId").orElse(event.subject());
                projections.openWorkItem(DISCLOSURE_OVERDUE, ref, agencyId, event.subject(), "报告未按时公开",
                        dueOf(data).orElse(null), event.type(), seq);
            }
            case "disclosure.report.published" ->
                    close(DISCLOSURE_OVERDUE, firstText(data, "reportId").orElse(event.subject()), event, seq);
            default -> {
                if (base.startsWith("complaint.case.")) {
                    complaint(base, event, data, agencyId, seq);
                }
            }
        }
    }

    private void complaint(String base, IncomingEvent event, JsonNode data, UUID agencyId, long seq) {
        String ref = firstText(data, "caseId", "complaintId").orElse(event.subject());
        if (ref == null) {
            return;
        }
        String step = EventLabels.label(event.type());
        switch (base) {
            case "complaint.case.received" -> projections.openWorkItem(COMPLAINT, ref, agencyId, event.subject(), step,
                    dueOf(data).orElse(null), event.type(), seq);
            case "complaint.case.closed", "complaint.case.refused", "complaint.case.purge-due" ->
                    projections.closeWorkItem(COMPLAINT, ref, event.type(), seq);
            default -> {
                // A step with a new clock (accepted, statement requested) moves the countdown; others keep it.
                Optional<Instant> due = dueOf(data);
                if (due.isPresent() || base.endsWith("clock-overdue")) {
                    projections.openWorkItem(COMPLAINT, ref, agencyId, event.subject(), step, due.orElse(null),
                            event.type(), seq);
                } else {
                    projections.touchWorkItem(COMPLAINT, ref, step, event.type(), seq);
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

    private void findingStatus(UUID findingId, UUID agencyId, JsonNode data, String status) {
        if (findingId != null) {
            projections.setFindingStatus(findingId, agencyId, text(data, "ruleId"), status);
        }
    }

    private void overdue(String kind, String label, IncomingEvent event, JsonNode data, UUID agencyId, long seq) {
        String ref = contractRef(event, data);
        if (ref != null) {
            projections.openWorkItem(kind, ref, agencyId, ref, label, dueOf(data).orElse(null), event.type(), seq);
        }
    }

    private void close(String kind, String ref, IncomingEvent event, long seq) {
        if (ref != null) {
            projections.closeWorkItem(kind, ref, event.type(), seq);
        }
    }

    private static String contractRef(IncomingEvent event, JsonNode data) {
        return firstText(data, "contractId").orElse(event.subject());
    }

    /** The clock of a work item: the first of the due fields publishers use, a date meaning the end of that day in Beijing. */
    static Optional<Instant> dueOf(JsonNode data) {
        for (String field : List.of("dueAt", "respondBy", "dueOn", "dueDate", "deadline", "disclosureDueOn")) {
            Optional<Instant> at = instant(data, field);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
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
