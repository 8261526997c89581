package cn.safetysupervision.registry.domain;

/**
 * An agency's roster on a day, computed from employments and valid credentials (never typed in).
 *
 * @param required full-time qualified staff the agency's scopes require (0 when no threshold applies)
 */
public record StaffingCounts(
        int safetyAssessors,
        int registeredSafetyEngineers,
        int intermediateOrHigherTitles,
        int fullTimeQualifiedStaff,
        int scopeEntries,
        int required) {

    public boolean below() {
        return fullTimeQualifiedStaff < required;
    }
}
