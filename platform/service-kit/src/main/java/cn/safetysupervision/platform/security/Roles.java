package cn.safetysupervision.platform.security;

/** The roles a bearer token can carry in its {@code groups} claim. */
public final class Roles {

    /** 市应急管理局: supervises everything, sees protected personal data. */
    public static final String REGULATOR = "regulator";
    /** 市安全生产协会: supervises everything; personal data masked. */
    public static final String ASSOCIATION = "association";
    /** A service agency; the token's {@value Caller#AGENCY_CLAIM} claim names which one. */
    public static final String AGENCY = "agency";
    /**
     * A service account that reads archived evidence files and nothing else: disclosure-service fetching the site
     * images an agency chose to publish. Never held by a person or an agency.
     */
    public static final String EVIDENCE_READER = "evidence-reader";

    private Roles() {
    }
}
