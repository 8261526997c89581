package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * No follow-up visit was recorded by its due date after completion (Art. 10). Emitted once per missed deadline.
 *
 * @param contractId    the contract; event subject and record key
 * @param agencyId      the contracting agency
 * @param deadlineId    the missed deadline (unique per deadline)
 * @param dueDate       the missed due date
 * @param completedDate when the contract was completed
 * @param detectedAt    when the sweeper found it
 */
public record FollowUpOverdueV1(
        UUID contractId,
        UUID agencyId,
        UUID deadlineId,
        LocalDate dueDate,
        LocalDate completedDate,
        Instant detectedAt) {
}
