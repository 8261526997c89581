package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A practitioner entered the registry. The 身份证 number is never published: only its keyed hash and a masked form.
 *
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param idNumberHash keyed hash of the 身份证 number for matching across agencies
 * @param idNumberMasked masked 身份证 number
 * @param gender from the 身份证 number
 * @param registeredBy who
 * @param registeredAt when
 */
public record PractitionerRegisteredV1(
        UUID practitionerId,
        String practitionerName,
        String idNumberHash,
        String idNumberMasked,
        String gender,
        String registeredBy,
        Instant registeredAt) {
}
