package cn.safetysupervision.events.compliance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A red grade put the agency on the dishonesty list (失信名单).
 *
 * @param agencyId                 the agency; also the event subject and record key
 * @param listingId                the listing
 * @param startDate                first day on the list
 * @param endDate                  last day on the list unless repaired earlier
 * @param repairRequestAllowedFrom first day the agency may request credit repair
 */
public record DishonestyListingStartedV1(
        UUID agencyId,
        UUID listingId,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate repairRequestAllowedFrom) {
}
