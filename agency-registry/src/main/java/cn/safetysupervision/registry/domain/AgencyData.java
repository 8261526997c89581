package cn.safetysupervision.registry.domain;

import java.time.LocalDate;

/** An agency's master data as a command carries it (everything but the credit code, which never changes). */
public record AgencyData(
        String name,
        String legalRepresentative,
        String registeredAddress,
        String officeAddress,
        String postcode,
        String legalRepresentativePhone,
        String contactPerson,
        String contactPhone,
        String email,
        String licenceIssuer,
        LocalDate licenceIssuedOn,
        String businessContent) {

    public static AgencyData minimal(String name, String legalRepresentative, String registeredAddress) {
        return new AgencyData(name, legalRepresentative, registeredAddress, null, null, null, null, null, null, null, null, null);
    }
}
