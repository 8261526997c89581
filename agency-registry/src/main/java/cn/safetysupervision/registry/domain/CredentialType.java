package cn.safetysupervision.registry.domain;

/** 注册安全工程师, 安全评价师, 专业技术职称. */
public enum CredentialType {
    REGISTERED_SAFETY_ENGINEER, SAFETY_ASSESSOR, PROFESSIONAL_TITLE
}
