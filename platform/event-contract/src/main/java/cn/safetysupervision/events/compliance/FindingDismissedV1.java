package cn.safetysupervision.events.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * A finding was dismissed as unfounded; it no longer counts in the integrity record.
 *
 * @param findingId   the finding; also the event subject and record key
 * @param agencyId    the agency concerned
 * @param ruleId      the rule of the finding
 * @param reason      why it was dismissed
 * @param dismissedBy the supervisor who dismissed it
 * @param dismissedAt when
 */
public record FindingDismissedV1(
        UUID findingId,
        UUID agencyId,
        String ruleId,
        String reason,
        String dismissedBy,
        Instant dismissedAt) {
}
