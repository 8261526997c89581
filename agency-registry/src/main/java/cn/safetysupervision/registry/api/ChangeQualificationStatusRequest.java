package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/qualifications/{id}/status}: SUSPENDED, VALID (reinstate) or REVOKED. */
public record ChangeQualificationStatusRequest(@NotNull QualificationStatus status, @NotBlank @Size(max = 1000) String reason) {
}
