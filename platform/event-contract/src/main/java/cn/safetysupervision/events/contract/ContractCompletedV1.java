package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract's service was completed (after the report). The follow-up visit (Art. 10) is due by followUpDueDate.
 *
 * @param contractId      the contract; event subject and record key
 * @param agencyId        the contracting agency
 * @param serviceType     the contract's service type
 * @param completedDate   the day the service was completed
 * @param followUpDueDate the follow-up visit is due on or before this day
 * @param completedBy     who
 * @param completedAt     when
 */
public record ContractCompletedV1(
        UUID contractId,
        UUID agencyId,
        String serviceType,
        LocalDate completedDate,
        LocalDate followUpDueDate,
        String completedBy,
        Instant completedAt) {
}
