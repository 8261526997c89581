package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Early warning: the certificate expires in {@code daysRemaining} days; emitted once per certificate, validTo and lead time.
 *
 * @param qualificationId the certificate's registry id; event subject and record key
 * @param certificateNumber 资质证书编号 (one number belongs to one agency)
 * @param agencyId the holding agency
 * @param creditCode the holder's 统一社会信用代码
 * @param agencyName the holder's name
 * @param qualificationType SAFETY_EVALUATION 安全评价, TESTING_INSPECTION 检测检验, OTHER
 * @param businessScope 业务范围: service type × industry entries
 * @param issuer 发证机关
 * @param validFrom first valid day
 * @param validTo last valid day
 * @param status status after the event
 * @param leadTimeDays the configured lead time that was reached, e.g. 90
 * @param daysRemaining days from today to validTo
 * @param warnedAt when
 */
public record QualificationExpiringV1(
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
        int leadTimeDays,
        int daysRemaining,
        Instant warnedAt) {
}
