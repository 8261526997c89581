package cn.safetysupervision.events.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agency published (or changed) its public price list; earlier versions stay in the public history.
 *
 * @param agencyId    the agency; also the event subject and record key
 * @param version     the list's version, 1 for the first
 * @param effectiveOn first day the list applies
 * @param items       the priced items
 * @param publishedAt when it was published
 */
public record PriceListPublishedV1(UUID agencyId, int version, LocalDate effectiveOn, List<PriceItemV1> items,
                                   Instant publishedAt) {
}
