package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 附件2 执业承诺书 recorded as signed: who signed, on which day, and the SHA-256 of the scanned letter.
 *
 * @param agencyId the agency; event subject and record key
 * @param creditCode 统一社会信用代码
 * @param agencyName the agency's current name
 * @param commitmentId the signed record
 * @param signatory who signed (the principal)
 * @param signatoryTitle signatory's position
 * @param signedOn date on the letter
 * @param documentSha256 SHA-256 (hex) of the scanned signed letter
 * @param commitmentVersion version of the commitment text signed
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record CommitmentSignedV1(
        UUID agencyId,
        String creditCode,
        String agencyName,
        UUID commitmentId,
        String signatory,
        String signatoryTitle,
        LocalDate signedOn,
        String documentSha256,
        String commitmentVersion,
        String recordedBy,
        Instant recordedAt) {
}
