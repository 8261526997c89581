package cn.safetysupervision.complaint.domain;

/** Why a complaint is not accepted at triage. */
public enum RefusalReason {
    DUPLICATE("与已受理的举报重复"),
    NO_TARGET_OR_FACTS("无明确的被举报对象或事实"),
    OUT_OF_COMPETENCE("不属于本部门职责范围");

    private final String label;

    RefusalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
