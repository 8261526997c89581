package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/agencies/{id}/qualifications}; an agency declaring its own certificate sends the scan's {@code scanSha256}. */
public record GrantQualificationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z()\\-（）〔〕\\[\\]\\p{IsHan}]+", message = "contains characters a certificate number cannot have") String certificateNumber,
        @NotNull QualificationType qualificationType,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid ScopeEntryDto> businessScope,
        @NotBlank @Size(max = 200) String issuer,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be the SHA-256 of the certificate scan, 64 lowercase hex digits") String scanSha256) {
}
