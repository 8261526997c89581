package cn.safetysupervision.events.compliance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agency left the dishonesty list.
 *
 * @param agencyId  the agency; also the event subject and record key
 * @param listingId the listing that ended
 * @param endedOn   the last day on the list
 * @param reason    {@code TERM_OVER} or {@code REPAIRED}
 */
public record DishonestyListingEndedV1(
        UUID agencyId,
        UUID listingId,
        LocalDate endedOn,
        String reason) {
}
