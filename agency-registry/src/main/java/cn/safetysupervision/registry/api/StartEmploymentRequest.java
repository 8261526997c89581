package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/agencies/{id}/employments}. */
public record StartEmploymentRequest(@NotNull UUID practitionerId, @NotNull EmploymentType employmentType,
                                     @NotNull LocalDate employedFrom, LocalDate employedTo) {
}
