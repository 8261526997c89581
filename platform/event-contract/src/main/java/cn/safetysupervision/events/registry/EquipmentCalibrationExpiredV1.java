package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The calibration (检定/校准) of an item of an agency's equipment (Art. 3.2-3.3) ran out without a new one recorded;
 * emitted once per item and calibrationValidTo.
 *
 * @param agencyId the agency owning the equipment; event subject and record key
 * @param creditCode the agency's 统一社会信用代码
 * @param agencyName the agency's name
 * @param equipmentId the item's registry id
 * @param equipmentName 设备名称
 * @param model 型号; null when not recorded
 * @param serialNumber 出厂编号; null when not recorded
 * @param calibrationValidTo last day the calibration was valid
 * @param expiredOn first day without a valid calibration (calibrationValidTo + 1)
 * @param detectedAt when
 */
public record EquipmentCalibrationExpiredV1(
        UUID agencyId,
        String creditCode,
        String agencyName,
        UUID equipmentId,
        String equipmentName,
        String model,
        String serialNumber,
        LocalDate calibrationValidTo,
        LocalDate expiredOn,
        Instant detectedAt) {
}
