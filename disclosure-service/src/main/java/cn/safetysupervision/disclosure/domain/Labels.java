package cn.safetysupervision.disclosure.domain;

import java.util.Map;

/** Chinese labels for the codes the APIs keep. */
public final class Labels {

    private static final Map<String, String> AGENCY_STATUS = Map.of("ACTIVE", "正常", "SUSPENDED", "暂停执业",
            "CANCELLED", "已注销", "REVOKED", "已撤销");
    private static final Map<String, String> QUALIFICATION_TYPE = Map.of("SAFETY_EVALUATION", "安全评价",
            "TESTING_INSPECTION", "检测检验", "OTHER", "其他");
    private static final Map<String, String> SERVICE_TYPE = Map.ofEntries(Map.entry("EVALUATION", "评价"),
            Map.entry("TESTING", "检测"), Map.entry("INSPECTION", "检验"), Map.entry("TRAINING", "培训"),
            Map.entry("CHECK", "检查"), Map.entry("DIAGNOSIS", "诊断"), Map.entry("CONSULTING", "咨询"),
            Map.entry("REVIEW", "评审"), Map.entry("ASSESSMENT", "评估"), Map.entry("CUSTODY", "托管"));
    private static final Map<String, String> ROLE = Map.of("TEAM_LEAD", "项目组长", "FINAL_REVIEWER", "报告审核/审定人",
            "EVALUATOR", "评价/检测人员", "PROJECT_LEAD", "项目负责人", "TECHNICAL_LEAD", "技术负责人", "MEMBER", "项目组成员");
    private static final Map<String, String> CERT_STATE = Map.of("VALID", "有效", "PENDING_VERIFICATION", "待核验",
            "SUSPENDED", "暂扣", "REVOKED", "已撤销", "EXPIRED", "已过期", "NOT_YET_VALID", "未生效");
    private static final Map<String, String> SANCTION = Map.of("PENALTY", "行政处罚决定", "DISHONESTY_LISTING", "失信名单");
    private static final Map<String, String> CREDIT_GRADE = Map.of("BLUE", "蓝", "YELLOW", "黄", "ORANGE", "橙", "RED", "红");

    private Labels() {
    }

    public static String agencyStatus(String code) {
        return of(AGENCY_STATUS, code);
    }

    public static String qualificationType(String code) {
        return of(QUALIFICATION_TYPE, code);
    }

    public static String serviceType(String code) {
        return of(SERVICE_TYPE, code);
    }

    public static String role(String code) {
        return of(ROLE, code);
    }

    public static String certificateState(String code) {
        return of(CERT_STATE, code);
    }

    public static String sanction(String code) {
        return of(SANCTION, code);
    }

    public static String creditGrade(String code) {
        return of(CREDIT_GRADE, code);
    }

    private static String of(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }
}
