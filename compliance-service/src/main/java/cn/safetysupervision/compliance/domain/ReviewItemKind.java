package cn.safetysupervision.compliance.domain;

/** What the review queue (待处理事项) holds: everything that waits for a regulator's or the association's decision. */
public enum ReviewItemKind {
    /** An agency-declared certificate, 待核验 (agency-registry decides). */
    CERTIFICATE_DECLARED,
    /** A practitioner credential an agency declared, 待核验 (agency-registry decides). */
    CREDENTIAL_DECLARED,
    /** A declared certificate number another agency holds or declared (agency-registry decides). */
    CERTIFICATE_CONFLICT,
    /** A full-time hire refused because another agency employs the person full-time (decided here). */
    EMPLOYMENT_CONFLICT,
    /** An automatic finding, 疑似 (decided here). */
    SUSPECTED_FINDING,
    /** A red grade's dishonesty-listing proposal (a regulator decides here). */
    LISTING_PROPOSAL
}
