package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was refused at triage, with the reason code.
 *
 * @param caseId the case
 * @param agencyId the agency named, if any
 * @param reason DUPLICATE, NO_TARGET_OR_FACTS or OUT_OF_COMPETENCE
 * @param duplicateOf the earlier case, for DUPLICATE
 * @param competentAuthority who is competent, for OUT_OF_COMPETENCE
 * @param refusedBy the handler
 * @param refusedAt when
 */
public record CaseRefusedV1(
        UUID caseId,
        UUID agencyId,
        String reason,
        UUID duplicateOf,
        String competentAuthority,
        String refusedBy,
        Instant refusedAt) {
}
