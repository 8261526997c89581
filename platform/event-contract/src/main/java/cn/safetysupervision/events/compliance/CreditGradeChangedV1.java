package cn.safetysupervision.events.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency's four-colour credit grade changed.
 *
 * @param agencyId        the agency; also the event subject and record key
 * @param previousGrade   {@code BLUE}, {@code YELLOW}, {@code ORANGE} or {@code RED} (蓝/黄/橙/红)
 * @param grade           the new grade
 * @param points          the integrity record's current penalty points (within the decay window)
 * @param triggeringFindingId the finding whose change caused the recomputation, if any
 * @param changedAt       when
 */
public record CreditGradeChangedV1(
        UUID agencyId,
        String previousGrade,
        String grade,
        int points,
        UUID triggeringFindingId,
        Instant changedAt) {
}
