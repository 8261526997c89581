package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The written notice was not filed by its due date before the planned site work. Emitted once per missed deadline.
 *
 * @param contractId          the contract; event subject and record key
 * @param agencyId            the contracting agency
 * @param deadlineId          the missed deadline (unique per deadline)
 * @param dueDate             the missed due date
 * @param plannedSiteWorkDate planned first day of site work
 * @param detectedAt          when the sweeper found it
 */
public record WrittenNoticeOverdueV1(
        UUID contractId,
        UUID agencyId,
        UUID deadlineId,
        LocalDate dueDate,
        LocalDate plannedSiteWorkDate,
        Instant detectedAt) {
}
