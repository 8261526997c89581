package cn.safetysupervision.registry.domain;

/** 注册安全工程师, 安全评价师, 专业技术职称. */
public enum CredentialType {
    REGISTERED_SAFETY_ENGINEER("注册安全工程师"),
    SAFETY_ASSESSOR("安全评价师"),
    PROFESSIONAL_TITLE("专业技术职称");

    /** The Chinese name, as in spreadsheets and forms. */
    public final String label;

    CredentialType(String label) {
        this.label = label;
    }
}
