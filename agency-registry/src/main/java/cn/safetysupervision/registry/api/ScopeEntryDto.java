package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A business scope entry: service type × industry. */
public record ScopeEntryDto(@NotNull ServiceType serviceType, @NotBlank @Size(max = 100) String industry) {
}
