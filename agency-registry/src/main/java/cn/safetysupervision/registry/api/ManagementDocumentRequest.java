package cn.safetysupervision.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Body of {@code POST /api/v1/agencies/{id}/management-documents}. */
public record ManagementDocumentRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 50) String version,
        @NotNull LocalDate effectiveOn) {
}
