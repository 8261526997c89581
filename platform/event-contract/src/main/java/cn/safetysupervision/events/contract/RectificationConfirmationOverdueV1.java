package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Not every hazard of the contract was confirmed (or recorded as cannot-rectify-soon) by the rectification-confirmation due date (Art. 9). Emitted once per missed deadline.
 *
 * @param contractId    the contract; event subject and record key
 * @param agencyId      the contracting agency
 * @param deadlineId    the missed deadline (unique per deadline)
 * @param dueDate       the missed due date
 * @param openHazardIds hazards still not confirmed when it was detected
 * @param detectedAt    when the sweeper found it
 */
public record RectificationConfirmationOverdueV1(
        UUID contractId,
        UUID agencyId,
        UUID deadlineId,
        LocalDate dueDate,
        List<UUID> openHazardIds,
        Instant detectedAt) {
}
