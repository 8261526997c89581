package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The client rectified the hazard; the agency has yet to confirm it.
 *
 * @param hazardId      the hazard
 * @param contractId    the contract; event subject and record key
 * @param agencyId      the contracting agency
 * @param rectifiedDate the day it was rectified
 * @param note          how
 * @param recordedBy    who
 * @param recordedAt    when
 */
public record HazardRectifiedV1(
        UUID hazardId,
        UUID contractId,
        UUID agencyId,
        LocalDate rectifiedDate,
        String note,
        String recordedBy,
        Instant recordedAt) {
}
