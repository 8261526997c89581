package cn.safetysupervision.dashboard.domain;

import java.util.Map;

/**
 * Chinese labels of event types. The feed shows every type it receives: a type not listed here (a publisher added
 * it after this table was written) is shown with a label built from its name, never dropped.
 */
public final class EventLabels {

    private static final String P = "cn.safetysupervision.";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("registry.agency.registered", "机构登记"),
            Map.entry("registry.agency.changed", "机构信息变更"),
            Map.entry("registry.agency.change-filed", "机构变更备案"),
            Map.entry("registry.agency.status-changed", "机构状态变更"),
            Map.entry("registry.agency.commitment-signed", "签署承诺书"),
            Map.entry("registry.agency.staffing-below-threshold", "专职人员不足"),
            Map.entry("registry.agency.staffing-restored", "专职人员恢复"),
            Map.entry("registry.agency.equipment-calibration-expiring", "设备检定即将到期"),
            Map.entry("registry.agency.equipment-calibration-expired", "设备检定已过期"),
            Map.entry("registry.qualification.granted", "资质登记"),
            Map.entry("registry.qualification.declared", "资质申报（待核验）"),
            Map.entry("registry.qualification.verified", "资质已核验"),
            Map.entry("registry.qualification.rejected", "资质申报被驳回"),
            Map.entry("registry.qualification.conflict-raised", "资质冲突待处理"),
            Map.entry("registry.qualification.renewed", "资质延续"),
            Map.entry("registry.qualification.suspended", "资质暂停"),
            Map.entry("registry.qualification.reinstated", "资质恢复"),
            Map.entry("registry.qualification.revoked", "资质撤销"),
            Map.entry("registry.qualification.expiring", "资质即将到期"),
            Map.entry("registry.qualification.expired", "资质已过期"),
            Map.entry("registry.qualification.duplicate-claim-refused", "资质重复申报被拒"),
            Map.entry("registry.practitioner.registered", "从业人员登记"),
            Map.entry("registry.practitioner.updated", "从业人员信息变更"),
            Map.entry("registry.practitioner.credential-added", "从业证书登记"),
            Map.entry("registry.practitioner.credential-declared", "从业证书申报（待核验）"),
            Map.entry("registry.practitioner.credential-verified", "从业证书已核验"),
            Map.entry("registry.practitioner.credential-rejected", "从业证书被驳回"),
            Map.entry("registry.practitioner.credential-expiring", "从业证书即将到期"),
            Map.entry("registry.practitioner.credential-expired", "从业证书已过期"),
            Map.entry("registry.practitioner.employment-started", "入职"),
            Map.entry("registry.practitioner.employment-ended", "离职"),
            Map.entry("registry.practitioner.employment-conflict-refused", "多处执业被拒"),
            Map.entry("registry.practitioner.training-recorded", "培训记录"),
            Map.entry("contract.contract.signed", "合同签订"),
            Map.entry("contract.contract.amended", "合同变更"),
            Map.entry("contract.contract.cancelled", "合同解除"),
            Map.entry("contract.contract.completed", "合同完成"),
            Map.entry("contract.contract.written-notice-filed", "书面告知已报送"),
            Map.entry("contract.contract.written-notice-overdue", "书面告知逾期"),
            Map.entry("contract.contract.site-visit-recorded", "现场勘验记录"),
            Map.entry("contract.contract.evidence-archived", "影像资料归档"),
            Map.entry("contract.contract.hazard-reported", "发现隐患"),
            Map.entry("contract.contract.hazard-deferred", "隐患暂缓整改"),
            Map.entry("contract.contract.hazard-rectified", "隐患已整改"),
            Map.entry("contract.contract.hazard-confirmed", "整改已确认"),
            Map.entry("contract.contract.report-submitted", "报告已出具"),
            Map.entry("contract.contract.report-overdue", "报告逾期"),
            Map.entry("contract.contract.rectification-confirmation-overdue", "整改确认逾期"),
            Map.entry("contract.contract.follow-up-recorded", "回访记录"),
            Map.entry("contract.contract.follow-up-overdue", "回访逾期"),
            Map.entry("contract.calendar.year-published", "工作日历发布"),
            Map.entry("compliance.finding.flagged", "发现违规（疑似）"),
            Map.entry("compliance.finding.confirmed", "违规已确认"),
            Map.entry("compliance.finding.resolved", "违规已纠正"),
            Map.entry("compliance.finding.dismissed", "违规已撤销"),
            Map.entry("compliance.finding.referred", "移送司法机关"),
            Map.entry("compliance.credit.grade-changed", "信用等级变化"),
            Map.entry("compliance.credit.dishonesty-listing-proposed", "拟列入失信名单"),
            Map.entry("compliance.credit.dishonesty-listing-started", "列入失信名单"),
            Map.entry("compliance.credit.dishonesty-listing-ended", "移出失信名单"),
            Map.entry("compliance.sanction.penalty-decided", "行政处罚决定"),
            Map.entry("complaint.case.received", "收到投诉"),
            Map.entry("complaint.case.accepted", "投诉已受理"),
            Map.entry("complaint.case.refused", "投诉不予受理"),
            Map.entry("complaint.case.statement-requested", "要求机构说明"),
            Map.entry("complaint.case.substantiated", "投诉属实"),
            Map.entry("complaint.case.unsubstantiated", "投诉不属实"),
            Map.entry("complaint.case.referred", "投诉已移交"),
            Map.entry("complaint.case.closed", "投诉已办结"),
            Map.entry("complaint.case.clock-overdue", "投诉办理超时"),
            Map.entry("complaint.case.purge-due", "投诉资料到期清除"),
            Map.entry("disclosure.report.published", "报告已公开"),
            Map.entry("disclosure.report.disclosure-overdue", "报告未按时公开"),
            Map.entry("disclosure.price.list-published", "收费标准公开"));

    private EventLabels() {
    }

    /** {@code cn.safetysupervision.compliance.finding.flagged.v3} → {@code compliance.finding.flagged}. */
    public static String baseName(String type) {
        String name = type.startsWith(P) ? type.substring(P.length()) : type;
        return name.replaceFirst("\\.v\\d+$", "");
    }

    public static String label(String type) {
        String known = LABELS.get(baseName(type));
        return known != null ? known : "其他事件：" + baseName(type);
    }

    public static boolean known(String type) {
        return LABELS.containsKey(baseName(type));
    }

    /** The feed filter's groups: the topic family a type belongs to. */
    public static String category(String type) {
        String base = baseName(type);
        int dot = base.indexOf('.');
        return dot < 0 ? base : base.substring(0, dot);
    }

    public static String categoryLabel(String category) {
        return switch (category) {
            case "registry" -> "登记";
            case "contract" -> "合同";
            case "compliance" -> "合规";
            case "complaint" -> "投诉";
            case "disclosure" -> "公开";
            default -> "其他";
        };
    }

    /** Warning-worthy items are highlighted in the feed. */
    public static boolean alarming(String type) {
        String base = baseName(type);
        return base.endsWith("overdue") || base.endsWith("expired") || base.endsWith("flagged")
                || base.endsWith("confirmed") && base.startsWith("compliance") || base.contains("dishonesty-listing-started")
                || base.contains("penalty") || base.endsWith("conflict-raised") || base.endsWith("received") && base.startsWith("complaint");
    }
}
