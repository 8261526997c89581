package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * The agency's full-time qualified staff fell below the threshold for its scopes (emitted on the transition, not repeatedly).
 *
 * @param agencyId the agency; event subject and record key
 * @param creditCode 统一社会信用代码
 * @param agencyName the agency's current name
 * @param safetyAssessors 安全评价师 currently employed
 * @param registeredSafetyEngineers 注册安全工程师 currently employed
 * @param intermediateOrHigherTitles 中级及以上职称 currently employed
 * @param fullTimeQualifiedStaff full-time staff holding a valid credential
 * @param requiredFullTimeQualifiedStaff the threshold for the agency's scopes
 * @param scopeEntries business scope entries of valid qualifications the threshold was computed from
 * @param trigger what caused the recount, e.g. employment.ended
 * @param detectedAt when
 */
public record StaffingBelowThresholdV1(
        UUID agencyId,
        String creditCode,
        String agencyName,
        int safetyAssessors,
        int registeredSafetyEngineers,
        int intermediateOrHigherTitles,
        int fullTimeQualifiedStaff,
        int requiredFullTimeQualifiedStaff,
        int scopeEntries,
        String trigger,
        Instant detectedAt) {
}
