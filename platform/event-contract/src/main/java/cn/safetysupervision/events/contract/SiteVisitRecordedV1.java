package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A visit to the client's site was recorded (Art. 7).
 *
 * @param siteVisitId     the site visit
 * @param contractId      the contract; event subject and record key
 * @param agencyId        the contracting agency
 * @param startedAt       when the visit began
 * @param endedAt         when it ended, if recorded
 * @param address         where
 * @param latitude        WGS-84 latitude, if recorded
 * @param longitude       WGS-84 longitude, if recorded
 * @param practitionerIds registry ids of the practitioners present
 * @param note            what was done
 * @param recordedBy      who
 * @param recordedAt      when
 */
public record SiteVisitRecordedV1(
        UUID siteVisitId,
        UUID contractId,
        UUID agencyId,
        Instant startedAt,
        Instant endedAt,
        String address,
        Double latitude,
        Double longitude,
        List<UUID> practitionerIds,
        String note,
        String recordedBy,
        Instant recordedAt) {
}
