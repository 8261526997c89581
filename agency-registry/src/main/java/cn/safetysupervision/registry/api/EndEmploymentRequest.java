package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/agencies/{id}/employments/{employmentId}/end} (send If-Match). */
public record EndEmploymentRequest(@NotNull LocalDate endedOn,
                                   @jakarta.validation.constraints.Size(max = 1000) String backdatingReason) {
}
