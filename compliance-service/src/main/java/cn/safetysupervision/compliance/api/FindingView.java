package cn.safetysupervision.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A finding with its evidence and where it stands. */
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
        Instant referredAt) {
}
