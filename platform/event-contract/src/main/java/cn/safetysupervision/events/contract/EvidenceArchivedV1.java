package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * An evidence file was archived (Art. 7); it is immutable from now on.
 *
 * @param evidenceId  the evidence file
 * @param contractId  the contract; event subject and record key
 * @param agencyId    the contracting agency
 * @param siteVisitId the site visit it belongs to, if any
 * @param fileName    the uploaded file name (informational; the type is recognised by content)
 * @param mediaType   media type recognised from the content
 * @param sizeBytes   size in bytes
 * @param sha256      SHA-256 of the bytes, lower-case hex
 * @param capturedAt  when it was captured, if declared
 * @param archivedBy  who
 * @param archivedAt  when
 */
public record EvidenceArchivedV1(
        UUID evidenceId,
        UUID contractId,
        UUID agencyId,
        UUID siteVisitId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        Instant capturedAt,
        String archivedBy,
        Instant archivedAt) {
}
