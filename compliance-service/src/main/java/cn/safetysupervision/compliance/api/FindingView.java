package cn.safetysupervision.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A finding with its evidence and where it stands. {@code verdict} SUSPECTED (疑似: automatic, no points, the agency may
 * respond until {@code respondBy}) or CONFIRMED. An agency reading its own finding does not see facts that name other
 * agencies, their contracts or clients ({@code withheldFacts} says how many were left out).
 */
public record FindingView(
        UUID id,
        UUID agencyId,
        String subjectType,
        UUID subjectId,
        String ruleId,
        int ruleVersion,
        String article,
        String severity,
        String title,
        String origin,
        String status,
        List<String> triggeringEventIds,
        Map<String, String> facts,
        int occurrences,
        String flaggedBy,
        Instant flaggedAt,
        Instant lastSeenAt,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String resolutionNote,
        String resolvedBy,
        Instant resolvedAt,
        String dismissalReason,
        String dismissedBy,
        Instant dismissedAt,
        String referralAuthority,
        String referralReference,
        LocalDate referralDate,
        String referralNote,
        String referredBy,
        Instant referredAt,
        String verdict,
        LocalDate respondBy,
        String responseStatement,
        List<String> responseEvidence,
        String respondedBy,
        Instant respondedAt,
        String confirmedBy,
        Instant confirmedAt,
        String confirmationReason,
        boolean autoConfirmed,
        Map<String, String> ruleParameters,
        int withheldFacts) {

    /** The same finding without the facts an agency must not read about third parties. */
    public FindingView withFacts(Map<String, String> visible, int withheld) {
        return new FindingView(id, agencyId, subjectType, subjectId, ruleId, ruleVersion, article, severity, title, origin,
                status, triggeringEventIds, visible, occurrences, flaggedBy, flaggedAt, lastSeenAt, acknowledgedBy,
                acknowledgedAt, resolutionNote, resolvedBy, resolvedAt, dismissalReason, dismissedBy, dismissedAt,
                referralAuthority, referralReference, referralDate, referralNote, referredBy, referredAt, verdict,
                respondBy, responseStatement, responseEvidence, respondedBy, respondedAt, confirmedBy, confirmedAt,
                confirmationReason, autoConfirmed, ruleParameters, withheld);
    }
}
