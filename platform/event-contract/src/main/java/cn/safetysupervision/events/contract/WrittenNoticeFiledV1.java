package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The agency filed the written notice (书面告知) of on-site service with the local authority (Art. 14.14).
 *
 * @param noticeId            the notice
 * @param contractId          the contract; event subject and record key
 * @param agencyId            the contracting agency
 * @param authority           the authority notified
 * @param noticeDate          the date of the notice
 * @param documentSha256      SHA-256 of the notice document, lower-case hex
 * @param plannedSiteWorkDate planned first day of site work at filing time
 * @param dueDate             the notice's due date (N working days before site work); null when no site work date was planned
 * @param filedBy             who
 * @param filedAt             when
 * @param noticeDateVerified  optional (added later, may be absent): true when a regulator or the association recorded
 *                            the notice, so its date is an authority's word; otherwise the agency typed noticeDate and
 *                            rules measuring lateness count from filedAt (issue 14)
 */
public record WrittenNoticeFiledV1(
        UUID noticeId,
        UUID contractId,
        UUID agencyId,
        String authority,
        LocalDate noticeDate,
        String documentSha256,
        LocalDate plannedSiteWorkDate,
        LocalDate dueDate,
        String filedBy,
        Instant filedAt,
        Boolean noticeDateVerified) {
}
