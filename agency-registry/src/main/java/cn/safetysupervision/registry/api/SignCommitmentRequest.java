package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/agencies/{id}/commitments}: 附件2 recorded as signed. */
public record SignCommitmentRequest(
        @NotBlank @Size(max = 100) String signatory,
        @Size(max = 100) String signatoryTitle,
        @NotNull LocalDate signedOn,
        @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be a SHA-256 in hex (64 characters)") String documentSha256) {
}
