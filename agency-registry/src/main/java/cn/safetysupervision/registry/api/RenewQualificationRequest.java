package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/qualifications/{id}/renewal}; scope replaces the old one when given. */
public record RenewQualificationRequest(LocalDate validFrom, @NotNull LocalDate validTo,
                                        @Size(max = 50) List<@NotNull @Valid ScopeEntryDto> businessScope) {
}
