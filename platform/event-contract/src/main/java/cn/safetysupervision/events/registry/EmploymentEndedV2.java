package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Version 2: as {@link EmploymentEndedV1} without {@code idNumberHash} (a keyed hash of a partly shown 身份证 number can be
 * recovered by guessing; see the versioning rule). An employment ended on {@code employedTo}.
 *
 * @param employmentId the employment
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param agencyId the employing agency
 * @param creditCode the employer's 统一社会信用代码
 * @param agencyName the employer's name
 * @param employmentType FULL_TIME 专职 or PART_TIME 兼职
 * @param employedFrom first day
 * @param employedTo last day; null while open-ended
 * @param recordedBy who
 * @param recordedAt when
 */
public record EmploymentEndedV2(
        UUID employmentId,
        UUID practitionerId,
        String practitionerName,
        UUID agencyId,
        String creditCode,
        String agencyName,
        String employmentType,
        LocalDate employedFrom,
        LocalDate employedTo,
        String recordedBy,
        Instant recordedAt) {
}
