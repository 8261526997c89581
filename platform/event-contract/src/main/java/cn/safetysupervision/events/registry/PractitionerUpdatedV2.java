package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Version 2: as {@link PractitionerUpdatedV1} without {@code idNumberHash} (a keyed hash of a partly shown 身份证 number can be
 * recovered by guessing; see the versioning rule). A practitioner's data changed.
 *
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param idNumberMasked masked 身份证 number
 * @param changes changed fields (never the 身份证 number in clear)
 * @param updatedBy who
 * @param updatedAt when
 */
public record PractitionerUpdatedV2(
        UUID practitionerId,
        String practitionerName,
        String idNumberMasked,
        List<FieldChangeV1> changes,
        String updatedBy,
        Instant updatedAt) {
}
