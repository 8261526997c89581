package cn.safetysupervision.registry.domain;

/**
 * Status of a qualification certificate; EXPIRED is set by the expiry sweep. PENDING_VERIFICATION (待核验) is an
 * agency's declaration until a regulator or the association verifies it (VALID) or rejects it (REJECTED); only
 * VALID certificates count for rules, staffing thresholds and forms.
 */
public enum QualificationStatus {
    VALID, SUSPENDED, REVOKED, EXPIRED, PENDING_VERIFICATION, REJECTED;

    /** Whether the certificate was ever issued-and-checked (it holds its number against other agencies). */
    public boolean holdsNumber() {
        return this != PENDING_VERIFICATION && this != REJECTED;
    }
}
