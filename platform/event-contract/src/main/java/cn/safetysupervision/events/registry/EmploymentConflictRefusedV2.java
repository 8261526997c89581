package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Version 2: as {@link EmploymentConflictRefusedV1} without {@code idNumberHash} (a keyed hash of a partly shown 身份证 number can be
 * recovered by guessing; see the versioning rule). A full-time employment was refused because the same person (same 身份证) is already full-time elsewhere in the same period.
 *
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param requestedAgencyId the agency whose request was refused
 * @param requestedCreditCode its code
 * @param requestedAgencyName its name
 * @param requestedEmploymentType requested type
 * @param requestedFrom requested first day
 * @param requestedTo requested last day
 * @param conflictingEmploymentId the existing employment
 * @param conflictingAgencyId its agency
 * @param conflictingCreditCode its code
 * @param conflictingAgencyName its name
 * @param conflictingFrom its first day
 * @param conflictingTo its last day
 * @param requestedBy who asked
 * @param refusedAt when
 */
public record EmploymentConflictRefusedV2(
        UUID practitionerId,
        String practitionerName,
        UUID requestedAgencyId,
        String requestedCreditCode,
        String requestedAgencyName,
        String requestedEmploymentType,
        LocalDate requestedFrom,
        LocalDate requestedTo,
        UUID conflictingEmploymentId,
        UUID conflictingAgencyId,
        String conflictingCreditCode,
        String conflictingAgencyName,
        LocalDate conflictingFrom,
        LocalDate conflictingTo,
        String requestedBy,
        Instant refusedAt) {
}
