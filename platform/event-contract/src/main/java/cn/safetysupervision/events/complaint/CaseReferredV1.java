package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was referred to the judicial authorities (Art. 19), with the referral record.
 *
 * @param caseId the case
 * @param agencyId the agency concerned
 * @param authority the receiving authority, e.g. 临沂市公安局
 * @param referenceNumber the referral document number (移送文号)
 * @param referredOn date of the referral
 * @param decidedBy the handler
 * @param decidedAt when
 */
public record CaseReferredV1(
        UUID caseId,
        UUID agencyId,
        String authority,
        String referenceNumber,
        LocalDate referredOn,
        String decidedBy,
        Instant decidedAt) {
}
