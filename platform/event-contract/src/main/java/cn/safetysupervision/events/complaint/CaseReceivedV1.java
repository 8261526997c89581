package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was received (no content, no identity of the reporter).
 *
 * @param caseId the case; also the event subject and record key
 * @param agencyId the agency complained about, when it was identified
 * @param category category code (an Art. 14 / Art. 17 behaviour, or OTHER)
 * @param triageDueOn last day of the triage decision
 * @param receivedAt when it was received
 */
public record CaseReceivedV1(
        UUID caseId,
        UUID agencyId,
        String category,
        LocalDate triageDueOn,
        Instant receivedAt) {
}
