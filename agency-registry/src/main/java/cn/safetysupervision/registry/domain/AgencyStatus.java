package cn.safetysupervision.registry.domain;

/** Registry status of an agency. */
public enum AgencyStatus {
    ACTIVE,
    SUSPENDED,
    CANCELLED,
    REVOKED
}
