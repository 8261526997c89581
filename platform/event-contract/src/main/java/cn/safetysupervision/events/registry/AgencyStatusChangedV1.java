package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency's registry status changed.
 *
 * @param agencyId the agency; event subject and record key
 * @param creditCode 统一社会信用代码
 * @param agencyName the agency's current name
 * @param previousStatus before
 * @param status after
 * @param reason why
 * @param changedBy who
 * @param changedAt when
 */
public record AgencyStatusChangedV1(
        UUID agencyId,
        String creditCode,
        String agencyName,
        String previousStatus,
        String status,
        String reason,
        String changedBy,
        Instant changedAt) {
}
