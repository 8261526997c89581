package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/practitioners}. */
public record RegisterPractitionerRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Size(min = 18, max = 18, message = "must be 18 characters") String idNumber,
        @Size(max = 30) @Pattern(regexp = "[0-9+() -]*", message = "is not a phone number") String phone) {
}
