package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A hazard found during the service was reported to the client with rectification advice (Art. 8).
 *
 * @param hazardId             the hazard
 * @param contractId           the contract; event subject and record key
 * @param agencyId             the contracting agency
 * @param description          what was found
 * @param location             where
 * @param severity             GENERAL 一般隐患, MAJOR 重大隐患
 * @param advice               rectification advice
 * @param rectificationDueDate the client should rectify by this day, if set
 * @param reportedBy           who
 * @param reportedAt           when
 */
public record HazardReportedV1(
        UUID hazardId,
        UUID contractId,
        UUID agencyId,
        String description,
        String location,
        String severity,
        String advice,
        LocalDate rectificationDueDate,
        String reportedBy,
        Instant reportedAt) {
}
