package cn.safetysupervision.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/agencies}. */
public record RegisterAgencyRequest(
        @NotNull @ValidCreditCode String creditCode,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String legalRepresentative,
        @NotBlank @Size(max = 300) String registeredAddress) {
}
