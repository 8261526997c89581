package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Agency master data changed. When {@code filingRequired}, a change filing (变更备案) is due by {@code filingDueOn}.
 *
 * @param agencyId the agency; event subject and record key
 * @param creditCode 统一社会信用代码
 * @param agencyName the agency's current name
 * @param legalRepresentative 法定代表人 after the change
 * @param registeredAddress 注册地址 after the change
 * @param officeAddress 办公地址 after the change
 * @param status registry status
 * @param changes each changed field with its value before and after
 * @param filingRequired true when name, registered address or legal representative changed
 * @param filingId the change filing opened by this change, if any
 * @param filingDueOn last day to file the change, if required
 * @param version the agency record's version after the change
 * @param changedBy who made the change
 * @param changedAt when
 */
public record AgencyChangedV1(
        UUID agencyId,
        String creditCode,
        String agencyName,
        String legalRepresentative,
        String registeredAddress,
        String officeAddress,
        String status,
        List<FieldChangeV1> changes,
        boolean filingRequired,
        UUID filingId,
        LocalDate filingDueOn,
        long version,
        String changedBy,
        Instant changedAt) {
}
