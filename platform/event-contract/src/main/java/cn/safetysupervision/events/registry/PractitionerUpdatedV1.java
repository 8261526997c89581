package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A practitioner's data changed.
 *
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param idNumberHash keyed hash of the 身份证 number for matching across agencies
 * @param idNumberMasked masked 身份证 number
 * @param changes changed fields (never the 身份证 number in clear)
 * @param updatedBy who
 * @param updatedAt when
 */
public record PractitionerUpdatedV1(
        UUID practitionerId,
        String practitionerName,
        String idNumberHash,
        String idNumberMasked,
        List<FieldChangeV1> changes,
        String updatedBy,
        Instant updatedAt) {
}
