package cn.safetysupervision.complaint.domain;

/** Where a case stands. RECEIVED waits in the triage queue; DECIDED has an outcome and waits for the feedback. */
public enum CaseStatus {
    RECEIVED("已受理登记，待审查"),
    ACCEPTED("已受理，调查核实中"),
    REFUSED("不予受理"),
    DECIDED("已办结调查，待反馈"),
    CLOSED("已办结");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
