package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.dashboard.persistence.FeedRow;
import cn.safetysupervision.events.complaint.CaseAcceptedV1;
import cn.safetysupervision.events.complaint.CaseClosedV1;
import cn.safetysupervision.events.complaint.CaseReceivedV1;
import cn.safetysupervision.events.complaint.ClockOverdueV1;
import cn.safetysupervision.events.complaint.StatementRequestedV1;
import cn.safetysupervision.events.compliance.CreditGradeChangedV1;
import cn.safetysupervision.events.compliance.DishonestyListingStartedV1;
import cn.safetysupervision.events.compliance.FindingConfirmedV1;
import cn.safetysupervision.events.compliance.FindingDismissedV1;
import cn.safetysupervision.events.compliance.FindingReferredV1;
import cn.safetysupervision.events.compliance.FindingResolvedV1;
import cn.safetysupervision.events.compliance.PenaltyDecidedV1;
import cn.safetysupervision.events.compliance.ViolationFlaggedV1;
import cn.safetysupervision.events.contract.FollowUpOverdueV1;
import cn.safetysupervision.events.contract.RectificationConfirmationOverdueV1;
import cn.safetysupervision.events.contract.ReportOverdueV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.WrittenNoticeOverdueV1;
import cn.safetysupervision.events.disclosure.ReportDisclosureOverdueV1;
import cn.safetysupervision.events.disclosure.ReportPublishedV1;
import cn.safetysupervision.events.registry.QualificationExpiredV1;
import cn.safetysupervision.events.registry.QualificationExpiringV1;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One feed item as screens and the stream show it: the raw event (topic, partition, offset, ce_id, payload) and
 * its Chinese reading.
 */
public record FeedItem(
        long seq,
        String ceId,
        String type,
        String label,
        String category,
        boolean alarming,
        String summary,
        String topic,
        int partition,
        long offset,
        String subject,
        UUID agencyId,
        String agencyName,
        UUID findingId,
        OffsetDateTime time,
        String timeBeijing,
        JsonNode payload) {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static FeedItem of(FeedRow row, ObjectMapper json) {
        JsonNode payload;
        try {
            payload = json.readTree(row.payload());
        } catch (Exception e) {
            payload = json.getNodeFactory().textNode(row.payload());
        }
        OffsetDateTime time = row.eventTime() != null ? row.eventTime() : row.receivedAt();
        return new FeedItem(row.seq(), row.ceId(), row.type(), EventLabels.label(row.type()),
                EventLabels.category(row.type()), EventLabels.alarming(row.type()), summary(row.type(), payload),
                row.topic(), row.partition(), row.offset(), row.subject(), row.agencyId(), row.agencyName(),
                row.findingId(), time, time == null ? "" : SHOWN.format(time.atZoneSameInstant(BEIJING)), payload);
    }

    public String grade() {
        return payload.path("grade").asText(null);
    }

    /**
     * A short Chinese line with what matters of the known types, read through their contract records (see
     * {@link Payloads}); for any other, the certificate, due date or name it carries, else empty.
     */
    static String summary(String type, JsonNode p) {
        String text = typed(type, p);
        if (text == null) {
            text = generic(p);
        }
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }

    private static String typed(String type, JsonNode p) {
        return switch (EventLabels.baseName(type)) {
            case "compliance.finding.flagged" -> Payloads.read(type, p, ViolationFlaggedV1.class)
                    .map(v -> join(v.ruleId(), join(nz(v.article()), nz(v.title())))
                            + (v.respondBy() != null ? "，申辩截止 " + v.respondBy() : "")).orElse(null);
            case "compliance.finding.confirmed" -> Payloads.read(type, p, FindingConfirmedV1.class)
                    .map(v -> v.ruleId() + " 已确认" + (v.automatic() ? "（逾期未申辩，自动确认）" : "")
                            + (v.reason() != null ? "：" + v.reason() : "")).orElse(null);
            case "compliance.finding.dismissed" -> Payloads.read(type, p, FindingDismissedV1.class)
                    .map(v -> v.ruleId() + " 理由：" + nz(v.reason())).orElse(null);
            case "compliance.finding.resolved" -> Payloads.read(type, p, FindingResolvedV1.class)
                    .map(v -> v.ruleId() + (v.note() != null ? "：" + v.note() : "")).orElse(null);
            case "compliance.finding.referred" -> Payloads.read(type, p, FindingReferredV1.class)
                    .map(v -> v.ruleId() + " 移送 " + nz(v.authority()) + "，文号 " + nz(v.referenceNumber())).orElse(null);
            case "compliance.credit.grade-changed" -> Payloads.read(type, p, CreditGradeChangedV1.class)
                    .map(v -> Grades.label(v.previousGrade()) + " → " + Grades.label(v.grade()) + "（" + v.points() + " 分）")
                    .orElse(null);
            case "compliance.credit.dishonesty-listing-started" -> Payloads.read(type, p, DishonestyListingStartedV1.class)
                    .map(v -> "决定书 " + nz(v.decisionNumber()) + "，" + v.startDate() + " 至 " + v.endDate()).orElse(null);
            case "compliance.sanction.penalty-decided" -> Payloads.read(type, p, PenaltyDecidedV1.class)
                    .map(v -> "决定书 " + nz(v.decisionNumber()) + "：" + nz(v.content())).orElse(null);
            case "contract.contract.report-overdue" -> Payloads.read(type, p, ReportOverdueV1.class)
                    .map(v -> due(v.dueDate())).orElse(null);
            case "contract.contract.written-notice-overdue" -> Payloads.read(type, p, WrittenNoticeOverdueV1.class)
                    .map(v -> due(v.dueDate())).orElse(null);
            case "contract.contract.follow-up-overdue" -> Payloads.read(type, p, FollowUpOverdueV1.class)
                    .map(v -> due(v.dueDate())).orElse(null);
            case "contract.contract.rectification-confirmation-overdue" ->
                    Payloads.read(type, p, RectificationConfirmationOverdueV1.class)
                            .map(v -> due(v.dueDate()) + "，未确认隐患 " + v.openHazardIds().size() + " 项").orElse(null);
            case "contract.contract.report-submitted" -> Payloads.read(type, p, ReportSubmittedV1.class)
                    .map(v -> "报告 " + nz(v.reportNumber()) + "（" + nz(v.reportType()) + "）").orElse(null);
            case "registry.qualification.expiring" -> Payloads.read(type, p, QualificationExpiringV1.class)
                    .map(v -> "证书 " + v.certificateNumber() + "，有效期至 " + v.validTo() + "，剩余 " + v.daysRemaining() + " 天")
                    .orElse(null);
            case "registry.qualification.expired" -> Payloads.read(type, p, QualificationExpiredV1.class)
                    .map(v -> "证书 " + v.certificateNumber() + "，" + v.expiredOn() + " 过期").orElse(null);
            case "complaint.case.received" -> Payloads.read(type, p, CaseReceivedV1.class)
                    .map(v -> "类别 " + nz(v.category()) + "，分办截止 " + v.triageDueOn()).orElse(null);
            case "complaint.case.accepted" -> Payloads.read(type, p, CaseAcceptedV1.class)
                    .map(v -> "类别 " + nz(v.category()) + "，办结截止 " + v.closeDueOn()).orElse(null);
            case "complaint.case.statement-requested" -> Payloads.read(type, p, StatementRequestedV1.class)
                    .map(v -> "机构应于 " + v.respondBy() + " 前说明").orElse(null);
            case "complaint.case.clock-overdue" -> Payloads.read(type, p, ClockOverdueV1.class)
                    .map(v -> "时限 " + nz(v.clock()) + " 已于 " + v.dueOn() + " 到期").orElse(null);
            case "complaint.case.closed" -> Payloads.read(type, p, CaseClosedV1.class)
                    .map(v -> "结果 " + nz(v.outcome())).orElse(null);
            case "disclosure.report.disclosure-overdue" -> Payloads.read(type, p, ReportDisclosureOverdueV1.class)
                    .map(v -> "报告 " + nz(v.reportNumber()) + " 应于 " + v.disclosureDueOn() + " 前公开").orElse(null);
            case "disclosure.report.published" -> Payloads.read(type, p, ReportPublishedV1.class)
                    .map(v -> "报告 " + nz(v.reportNumber()) + (v.onTime() ? " 按时公开" : " 逾期公开")).orElse(null);
            default -> null;
        };
    }

    private static String generic(JsonNode p) {
        if (p.hasNonNull("certificateNumber")) {
            return "证书 " + p.path("certificateNumber").asText() + (p.hasNonNull("validTo")
                    ? "，有效期至 " + p.path("validTo").asText() : "");
        }
        if (p.hasNonNull("dueDate")) {
            return "应于 " + p.path("dueDate").asText() + " 前完成";
        }
        return p.hasNonNull("name") ? p.path("name").asText() : p.path("agencyName").asText("");
    }

    private static String due(LocalDate day) {
        return "应于 " + day + " 前完成";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}
