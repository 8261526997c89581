package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The agency concerned was asked for a statement (the request text stays in the service).
 *
 * @param caseId the case
 * @param agencyId the agency asked
 * @param statementId the request
 * @param respondBy answer expected by
 * @param requestedBy the handler
 * @param requestedAt when
 */
public record StatementRequestedV1(
        UUID caseId,
        UUID agencyId,
        UUID statementId,
        LocalDate respondBy,
        String requestedBy,
        Instant requestedAt) {
}
