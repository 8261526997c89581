package cn.safetysupervision.events.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The personal data and files of a closed case will be purged on the given day (the audit record stays).
 *
 * @param caseId the case
 * @param closedAt when the case was closed
 * @param purgeOn the day the purge runs
 * @param announcedAt when
 */
public record PurgeDueV1(
        UUID caseId,
        Instant closedAt,
        LocalDate purgeOn,
        Instant announcedAt) {
}
