package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A legal clock of a case passed its last day (exactly one event per clock).
 *
 * @param caseId the case
 * @param agencyId the agency concerned
 * @param clock TRIAGE, CLOSURE or FEEDBACK
 * @param dueOn the missed last day
 * @param detectedAt when the sweeper found it
 */
public record ClockOverdueV1(
        UUID caseId,
        UUID agencyId,
        String clock,
        LocalDate dueOn,
        Instant detectedAt) {
}
