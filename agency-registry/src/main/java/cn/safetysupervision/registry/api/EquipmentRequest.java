package cn.safetysupervision.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Body of {@code POST /api/v1/agencies/{id}/equipment}. */
public record EquipmentRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String model,
        @Size(max = 100) String serialNumber,
        LocalDate calibrationValidTo) {
}
