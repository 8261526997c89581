package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was closed; the reporter was given the feedback.
 *
 * @param caseId the case
 * @param agencyId the agency concerned
 * @param outcome REFUSED, SUBSTANTIATED, UNSUBSTANTIATED, REFERRED or CLOSED
 * @param closedBy the handler
 * @param closedAt when
 */
public record CaseClosedV1(
        UUID caseId,
        UUID agencyId,
        String outcome,
        String closedBy,
        Instant closedAt) {
}
