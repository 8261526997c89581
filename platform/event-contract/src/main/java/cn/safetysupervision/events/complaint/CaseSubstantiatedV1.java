package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was substantiated: the handler chose the violated rule; compliance-service records a confirmed finding.
 *
 * @param caseId the case
 * @param agencyId the agency concerned
 * @param ruleId the rule violated, e.g. ART14-6
 * @param summary the handler's summary of the established facts (written for publication, no reporter data)
 * @param decidedBy the handler
 * @param decidedAt when
 */
public record CaseSubstantiatedV1(
        UUID caseId,
        UUID agencyId,
        String ruleId,
        String summary,
        String decidedBy,
        Instant decidedAt) {
}
