package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employment ended on {@code employedTo}.
 *
 * @param employmentId the employment
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param idNumberHash keyed hash of the 身份证 number for matching across agencies
 * @param agencyId the employing agency
 * @param creditCode the employer's 统一社会信用代码
 * @param agencyName the employer's name
 * @param employmentType FULL_TIME 专职 or PART_TIME 兼职
 * @param employedFrom first day
 * @param employedTo last day; null while open-ended
 * @param recordedBy who
 * @param recordedAt when
 */
public record EmploymentEndedV1(
        UUID employmentId,
        UUID practitionerId,
        String practitionerName,
        String idNumberHash,
        UUID agencyId,
        String creditCode,
        String agencyName,
        String employmentType,
        LocalDate employedFrom,
        LocalDate employedTo,
        String recordedBy,
        Instant recordedAt) {
}
