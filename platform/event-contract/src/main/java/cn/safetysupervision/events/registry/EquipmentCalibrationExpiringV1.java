package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Early warning: the calibration (检定/校准) of an item of an agency's equipment (Art. 3.2-3.3) runs out in
 * {@code daysRemaining} days; emitted once per item, calibrationValidTo and lead time.
 *
 * @param agencyId the agency owning the equipment; event subject and record key
 * @param creditCode the agency's 统一社会信用代码
 * @param agencyName the agency's name
 * @param equipmentId the item's registry id
 * @param equipmentName 设备名称
 * @param model 型号; null when not recorded
 * @param serialNumber 出厂编号; null when not recorded
 * @param calibrationValidTo last day the calibration is valid
 * @param leadTimeDays the configured lead time that was reached, e.g. 30
 * @param daysRemaining days from today to calibrationValidTo
 * @param warnedAt when
 */
public record EquipmentCalibrationExpiringV1(
        UUID agencyId,
        String creditCode,
        String agencyName,
        UUID equipmentId,
        String equipmentName,
        String model,
        String serialNumber,
        LocalDate calibrationValidTo,
        int leadTimeDays,
        int daysRemaining,
        Instant warnedAt) {
}
