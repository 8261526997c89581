package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * Version 2: as {@link PractitionerRegisteredV1} without {@code idNumberHash} (a keyed hash of a partly shown 身份证 number can be
 * recovered by guessing; see the versioning rule). A practitioner entered the registry. The 身份证 number is never published: only its keyed hash and a masked form.
 *
 * @param practitionerId the practitioner; event subject and record key
 * @param practitionerName 姓名
 * @param idNumberMasked masked 身份证 number
 * @param gender from the 身份证 number
 * @param registeredBy who
 * @param registeredAt when
 */
public record PractitionerRegisteredV2(
        UUID practitionerId,
        String practitionerName,
        String idNumberMasked,
        String gender,
        String registeredBy,
        Instant registeredAt) {
}
