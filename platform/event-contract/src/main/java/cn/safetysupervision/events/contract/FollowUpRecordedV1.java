package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up visit after completion was recorded (Art. 10).
 *
 * @param followUpId      the follow-up
 * @param contractId      the contract; event subject and record key
 * @param agencyId        the contracting agency
 * @param visitDate       the day of the visit
 * @param practitionerIds registry ids of the practitioners who went
 * @param findings        what was found
 * @param recordedBy      who
 * @param recordedAt      when
 */
public record FollowUpRecordedV1(
        UUID followUpId,
        UUID contractId,
        UUID agencyId,
        LocalDate visitDate,
        List<UUID> practitionerIds,
        String findings,
        String recordedBy,
        Instant recordedAt) {
}
