package cn.safetysupervision.registry.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Body of {@code POST /api/v1/agencies}; the fields after registeredAddress are optional (附件1 data). */
public record RegisterAgencyRequest(
        @NotNull @ValidCreditCode String creditCode,
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
