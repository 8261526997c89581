package cn.safetysupervision.events.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * A suspected (automatic) finding was confirmed; from now on it adds integrity points.
 *
 * @param findingId   the finding; also the event subject and record key
 * @param agencyId    the agency concerned
 * @param ruleId      the rule of the finding
 * @param severity    {@code MINOR}, {@code MAJOR} or {@code SEVERE}
 * @param reason      why it was confirmed
 * @param automatic   true when no person acted and the deployment confirms after the response window
 * @param confirmedBy the regulator or association user, or {@code system} when automatic
 * @param confirmedAt when
 */
public record FindingConfirmedV1(
        UUID findingId,
        UUID agencyId,
        String ruleId,
        String severity,
        String reason,
        boolean automatic,
        String confirmedBy,
        Instant confirmedAt) {
}
