package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code PUT /api/v1/agencies/{id}}: the full master data (send If-Match). */
public record UpdateAgencyRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String legalRepresentative,
        @NotBlank @Size(max = 300) String registeredAddress,
        @Size(max = 300) String officeAddress,
        @Pattern(regexp = "[0-9]{6}", message = "must be 6 digits") String postcode,
        @Size(max = 30) @Pattern(regexp = "[0-9+() -]*", message = "is not a phone number") String legalRepresentativePhone,
        @Size(max = 100) String contactPerson,
        @Size(max = 30) @Pattern(regexp = "[0-9+() -]*", message = "is not a phone number") String contactPhone,
        @Email @Size(max = 200) String email,
        @Size(max = 200) String licenceIssuer,
        @PastOrPresent LocalDate licenceIssuedOn,
        @Size(max = 1000) String businessContent) {
}
