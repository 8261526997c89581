package cn.safetysupervision.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An agency as the API shows it. */
public record AgencyView(
        UUID id,
        String creditCode,
        String name,
        String legalRepresentative,
        String registeredAddress,
        String status,
        Instant registeredAt,
        Instant updatedAt,
        long version,
        String officeAddress,
        String postcode,
        String legalRepresentativePhone,
        String contactPerson,
        String contactPhone,
        String email,
        String licenceIssuer,
        LocalDate licenceIssuedOn,
        String businessContent) {
}
