package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code PUT /api/v1/practitioners/{id}} (send If-Match). The 身份证 number never changes. */
public record UpdatePractitionerRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 30) @Pattern(regexp = "[0-9+() -]*", message = "is not a phone number") String phone) {
}
