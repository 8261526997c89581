package cn.safetysupervision.events.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * A finding was resolved: the agency corrected the violation.
 *
 * @param findingId  the finding; also the event subject and record key
 * @param agencyId   the agency concerned
 * @param ruleId     the rule of the finding
 * @param note       how it was resolved
 * @param resolvedBy who closed it
 * @param resolvedAt when
 */
public record FindingResolvedV1(
        UUID findingId,
        UUID agencyId,
        String ruleId,
        String note,
        String resolvedBy,
        Instant resolvedAt) {
}
