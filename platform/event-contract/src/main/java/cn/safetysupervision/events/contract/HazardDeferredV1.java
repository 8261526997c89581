package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The client cannot rectify the hazard soon; the agency recorded it as Art. 8 requires.
 *
 * @param hazardId                 the hazard
 * @param contractId               the contract; event subject and record key
 * @param agencyId                 the contracting agency
 * @param reason                   why it cannot be rectified soon
 * @param interimMeasures          the measures taken meanwhile
 * @param plannedRectificationDate when rectification is planned, if known
 * @param recordedBy               who
 * @param recordedAt               when
 */
public record HazardDeferredV1(
        UUID hazardId,
        UUID contractId,
        UUID agencyId,
        String reason,
        String interimMeasures,
        LocalDate plannedRectificationDate,
        String recordedBy,
        Instant recordedAt) {
}
