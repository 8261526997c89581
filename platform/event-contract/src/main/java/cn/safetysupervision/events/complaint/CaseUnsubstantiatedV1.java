package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was found unsubstantiated.
 *
 * @param caseId the case
 * @param agencyId the agency concerned
 * @param decidedBy the handler
 * @param decidedAt when
 */
public record CaseUnsubstantiatedV1(
        UUID caseId,
        UUID agencyId,
        String decidedBy,
        Instant decidedAt) {
}
