package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The agency confirmed that the hazard was rectified (整改复核).
 *
 * @param hazardId      the hazard
 * @param contractId    the contract; event subject and record key
 * @param agencyId      the contracting agency
 * @param confirmedDate the day of the confirmation
 * @param note          remarks
 * @param confirmedBy   who
 * @param confirmedAt   when recorded
 */
public record HazardConfirmedV1(
        UUID hazardId,
        UUID contractId,
        UUID agencyId,
        LocalDate confirmedDate,
        String note,
        String confirmedBy,
        Instant confirmedAt) {
}
