package cn.safetysupervision.events.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A finding was referred to the judicial authorities (Art. 19).
 *
 * @param findingId       the finding; also the event subject and record key
 * @param agencyId        the agency concerned
 * @param ruleId          the rule of the finding
 * @param authority       the receiving authority, e.g. 临沂市公安局
 * @param referenceNumber the referral's document number (移送文号)
 * @param referredOn      the date of the referral
 * @param note            what was referred and why
 * @param referredBy      the supervisor who recorded the referral
 * @param referredAt      when it was recorded
 */
public record FindingReferredV1(
        UUID findingId,
        UUID agencyId,
        String ruleId,
        String authority,
        String referenceNumber,
        LocalDate referredOn,
        String note,
        String referredBy,
        Instant referredAt) {
}
