package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was accepted for investigation.
 *
 * @param caseId the case
 * @param agencyId the agency concerned
 * @param category category code
 * @param closeDueOn last day to close the case
 * @param acceptedBy the handler
 * @param acceptedAt when
 */
public record CaseAcceptedV1(
        UUID caseId,
        UUID agencyId,
        String category,
        LocalDate closeDueOn,
        String acceptedBy,
        Instant acceptedAt) {
}
