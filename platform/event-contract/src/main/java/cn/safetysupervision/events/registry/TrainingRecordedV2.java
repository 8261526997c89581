package cn.safetysupervision.events.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Version 2: as {@link TrainingRecordedV1} without {@code idNumberHash} (a keyed hash of a partly shown 身份证 number can be
 * recovered by guessing; see the versioning rule). A training record was added to a practitioner's archive (Art. 12).
 *
 * @param trainingId the record
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param agencyId the agency that recorded it, if an agency did
 * @param topicCategory Art. 12 categories: laws, standards, emergency knowledge, accident cases, evaluation methods, risk control
 * @param topic course title
 * @param hours hours
 * @param trainedOn day
 * @param provider training provider
 * @param recordedBy who
 * @param recordedAt when
 */
public record TrainingRecordedV2(
        UUID trainingId,
        UUID practitionerId,
        String practitionerName,
        UUID agencyId,
        String topicCategory,
        String topic,
        BigDecimal hours,
        LocalDate trainedOn,
        String provider,
        String recordedBy,
        Instant recordedAt) {
}
