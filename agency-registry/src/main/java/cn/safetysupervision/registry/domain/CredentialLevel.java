package cn.safetysupervision.registry.domain;

/** 一/二/三级 for 安全评价师; 初/中/高级 for titles; NONE where a credential has no level. */
public enum CredentialLevel {
    FIRST("一级"),
    SECOND("二级"),
    THIRD("三级"),
    JUNIOR("初级"),
    INTERMEDIATE("中级"),
    SENIOR("高级"),
    NONE("无");

    /** The Chinese name, as in spreadsheets and forms. */
    public final String label;

    CredentialLevel(String label) {
        this.label = label;
    }
}
