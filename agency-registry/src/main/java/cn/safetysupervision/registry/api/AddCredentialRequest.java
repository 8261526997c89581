package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/practitioners/{id}/credentials}. */
public record AddCredentialRequest(
        @NotNull CredentialType credentialType,
        @NotNull CredentialLevel level,
        @Size(max = 100) String titleName,
        @Size(max = 100) String specialty,
        @NotBlank @Size(max = 64) String number,
        @NotBlank @Size(max = 200) String issuer,
        LocalDate validTo) {
}
