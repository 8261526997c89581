package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The report was not submitted by its due date (Art. 9). Emitted once per missed deadline.
 *
 * @param contractId the contract; event subject and record key
 * @param agencyId   the contracting agency
 * @param deadlineId the missed deadline (unique per deadline)
 * @param dueDate    the missed due date
 * @param detectedAt when the sweeper found it
 */
public record ReportOverdueV1(
        UUID contractId,
        UUID agencyId,
        UUID deadlineId,
        LocalDate dueDate,
        Instant detectedAt) {
}
