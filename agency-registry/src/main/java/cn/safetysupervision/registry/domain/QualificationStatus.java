package cn.safetysupervision.registry.domain;

/** Status of a qualification certificate; EXPIRED is set by the expiry sweep. */
public enum QualificationStatus {
    VALID, SUSPENDED, REVOKED, EXPIRED
}
