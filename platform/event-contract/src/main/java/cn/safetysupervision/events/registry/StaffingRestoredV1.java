package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * The agency's roster is back at or above the threshold.
 *
 * @param agencyId the agency; event subject and record key
 * @param creditCode 统一社会信用代码
 * @param agencyName the agency's current name
 * @param fullTimeQualifiedStaff full-time staff holding a valid credential
 * @param requiredFullTimeQualifiedStaff the threshold
 * @param detectedAt when
 */
public record StaffingRestoredV1(
        UUID agencyId,
        String creditCode,
        String agencyName,
        int fullTimeQualifiedStaff,
        int requiredFullTimeQualifiedStaff,
        Instant detectedAt) {
}
