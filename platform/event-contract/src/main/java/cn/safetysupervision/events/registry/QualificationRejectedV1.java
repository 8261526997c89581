package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A regulator or the association rejected a declared certificate; it never counts.
 *
 * @param qualificationId the certificate's registry id; event subject and record key
 * @param certificateNumber 资质证书编号 as declared
 * @param agencyId the declaring agency
 * @param creditCode its 统一社会信用代码
 * @param agencyName its name
 * @param qualificationType SAFETY_EVALUATION 安全评价, TESTING_INSPECTION 检测检验, OTHER
 * @param businessScope 业务范围: service type × industry entries
 * @param issuer 发证机关
 * @param validFrom first valid day
 * @param validTo last valid day
 * @param status status after the event
 * @param decidedBy the regulator or association user who rejected it
 * @param reason why
 * @param decidedAt when
 */
public record QualificationRejectedV1(
        UUID qualificationId,
        String certificateNumber,
        UUID agencyId,
        String creditCode,
        String agencyName,
        String qualificationType,
        List<BusinessScopeEntryV1> businessScope,
        String issuer,
        LocalDate validFrom,
        LocalDate validTo,
        String status,
        String decidedBy,
        String reason,
        Instant decidedAt) {
}
