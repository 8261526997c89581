package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A filing window closed: the change was filed. {@code filedLate} when filed after the due day (Art. 14.12 evidence).
 *
 * @param agencyId the agency; event subject and record key
 * @param creditCode 统一社会信用代码
 * @param agencyName the agency's current name
 * @param filingId the filing
 * @param changedFields the fields whose change was filed (name, registeredAddress, legalRepresentative)
 * @param changedAt when the change was recorded
 * @param filingDueOn last day of the window
 * @param filedOn day filed
 * @param filedLate filed after the due day
 * @param filingReference the authority's filing reference, if any
 * @param filedBy who recorded the filing
 * @param recordedAt when
 */
public record AgencyChangeFiledV1(
        UUID agencyId,
        String creditCode,
        String agencyName,
        UUID filingId,
        List<String> changedFields,
        Instant changedAt,
        LocalDate filingDueOn,
        LocalDate filedOn,
        boolean filedLate,
        String filingReference,
        String filedBy,
        Instant recordedAt) {
}
