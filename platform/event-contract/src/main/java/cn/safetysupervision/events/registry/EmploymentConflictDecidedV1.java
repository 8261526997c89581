package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A regulator or the association decided a refused full-time hire (issue 14): the existing employment was wrong or
 * ended earlier ({@code ENDED}: it now ends on {@code endedOn}, also published as employment-ended), or it stands
 * ({@code UPHELD}: nothing changes). Closes the conflict's review-queue item.
 *
 * @param practitionerId the practitioner; event subject and record key
 * @param employmentId the existing employment the refusal collided with
 * @param agencyId that employment's agency
 * @param outcome ENDED or UPHELD
 * @param endedOn the employment's last day after the decision (ENDED); null when UPHELD
 * @param reviewItemId the review-queue item decided, if the decision names it
 * @param reason why
 * @param decidedBy who
 * @param decidedAt when
 */
public record EmploymentConflictDecidedV1(
        UUID practitionerId,
        UUID employmentId,
        UUID agencyId,
        String outcome,
        LocalDate endedOn,
        UUID reviewItemId,
        String reason,
        String decidedBy,
        Instant decidedAt) {
}
