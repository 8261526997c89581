package cn.safetysupervision.events.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * A red grade proposes a dishonesty listing; nothing is listed until a regulator decides (dishonesty-listing-started.v1).
 *
 * @param agencyId   the agency; also the event subject and record key
 * @param proposalId the proposal
 * @param points     the integrity points of confirmed findings that made the grade red
 * @param grade      the grade, {@code RED}
 * @param proposedAt when
 */
public record DishonestyListingProposedV1(
        UUID agencyId,
        UUID proposalId,
        int points,
        String grade,
        Instant proposedAt) {
}
