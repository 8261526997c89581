package cn.safetysupervision.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An item of equipment; calibrationCurrent is computed for today (true when no calibration is recorded as due). */
public record EquipmentView(UUID id, UUID agencyId, String name, String model, String serialNumber,
                            LocalDate calibrationValidTo, boolean calibrationCurrent, String recordedBy, Instant recordedAt) {
}
