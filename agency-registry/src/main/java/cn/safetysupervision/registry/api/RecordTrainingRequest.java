package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/practitioners/{id}/trainings}. */
public record RecordTrainingRequest(
        @NotNull TrainingCategory topicCategory,
        @NotBlank @Size(max = 300) String topic,
        @NotNull @DecimalMin(value = "0.5") @DecimalMax(value = "1000") @Digits(integer = 4, fraction = 1) BigDecimal hours,
        @NotNull LocalDate trainedOn,
        @NotBlank @Size(max = 200) String provider) {
}
