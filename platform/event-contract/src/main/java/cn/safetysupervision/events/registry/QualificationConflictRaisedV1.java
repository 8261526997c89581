package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A declared certificate number is already held (or declared) by another agency. Nobody is refused and no finding
 * follows: the conflict waits for a regulator or the association to verify one certificate and reject the other.
 * Keyed by the new declaration's id.
 *
 * @param qualificationId the new declaration; event subject and record key
 * @param certificateNumber the contested number
 * @param agencyId the declaring agency
 * @param creditCode its 统一社会信用代码
 * @param agencyName its name
 * @param otherQualificationId the certificate of the other agency with the same number
 * @param otherAgencyId the other agency
 * @param otherStatus that certificate's status when the conflict was raised
 * @param raisedAt when
 */
public record QualificationConflictRaisedV1(
        UUID qualificationId,
        String certificateNumber,
        UUID agencyId,
        String creditCode,
        String agencyName,
        UUID otherQualificationId,
        UUID otherAgencyId,
        String otherStatus,
        Instant raisedAt) {
}
