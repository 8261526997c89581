package cn.safetysupervision.events.compliance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A regulator decided to put the agency on the dishonesty list (严重失信主体名单, MEM Order No. 11). A red grade
 * alone only proposes it (dishonesty-listing-proposed.v1).
 *
 * @param agencyId                 the agency; also the event subject and record key
 * @param listingId                the listing
 * @param startDate                first day on the list
 * @param endDate                  last day on the list unless repaired earlier
 * @param repairRequestAllowedFrom first day the agency may request credit repair
 * @param decisionNumber           optional: the regulator's decision number (决定书文号)
 * @param legalBasis               optional: the legal basis cited in the decision
 * @param endsOn                   optional: the decision's last day on the list (equals endDate)
 * @param decidedBy                optional: the regulator who decided
 */
public record DishonestyListingStartedV1(
        UUID agencyId,
        UUID listingId,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate repairRequestAllowedFrom,
        String decisionNumber,
        String legalBasis,
        LocalDate endsOn,
        String decidedBy) {
}
