package cn.safetysupervision.compliance.api;

import java.time.Instant;
import java.util.UUID;

/** What compliance-service knows about one agency. */
public record ComplianceSummaryView(
        UUID agencyId,
        String creditCode,
        String name,
        String registryStatus,
        Instant registeredAt,
        String creditGrade,
        int creditPoints,
        long openFindings,
        long totalFindings,
        boolean onDishonestyList) {
}
