package cn.safetysupervision.complaint.domain;

/** How the check of an accepted case ended. */
public enum Outcome {
    SUBSTANTIATED("举报属实"),
    UNSUBSTANTIATED("举报不属实"),
    REFERRED("已移送司法机关"),
    CLOSED("已终结");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
