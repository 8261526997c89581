package cn.safetysupervision.events.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A training record was added to a practitioner's archive (Art. 12).
 *
 * @param trainingId the record
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param idNumberHash keyed hash of the 身份证 number for matching across agencies
 * @param agencyId the agency that recorded it, if an agency did
 * @param topicCategory Art. 12 categories: laws, standards, emergency knowledge, accident cases, evaluation methods, risk control
 * @param topic course title
 * @param hours hours
 * @param trainedOn day
 * @param provider training provider
 * @param recordedBy who
 * @param recordedAt when
 */
public record TrainingRecordedV1(
        UUID trainingId,
        UUID practitionerId,
        String practitionerName,
        String idNumberHash,
        UUID agencyId,
        String topicCategory,
        String topic,
        BigDecimal hours,
        LocalDate trainedOn,
        String provider,
        String recordedBy,
        Instant recordedAt) {
}
