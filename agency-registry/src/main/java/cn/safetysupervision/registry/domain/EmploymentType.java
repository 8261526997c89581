package cn.safetysupervision.registry.domain;

/** 专职 or 兼职. */
public enum EmploymentType {
    FULL_TIME("专职"),
    PART_TIME("兼职");

    /** The Chinese name, as in spreadsheets and forms. */
    public final String label;

    EmploymentType(String label) {
        this.label = label;
    }
}
