package cn.safetysupervision.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 附件1 安全生产技术服务机构基本情况表, filled from live data: staff counts are computed from employments and valid
 * credentials, never typed.
 */
public record BasicInfoForm(
        UUID agencyId,
        String agencyName,
        String creditCode,
        String licenceIssuer,
        LocalDate licenceIssuedOn,
        String registeredAddress,
        String officeAddress,
        String legalRepresentative,
        String legalRepresentativePhone,
        String contactPerson,
        String contactPhone,
        String email,
        String postcode,
        List<Certificate> certificates,
        int safetyAssessors,
        int registeredSafetyEngineers,
        int intermediateOrHigherTitles,
        List<String> businessScope,
        String businessContent,
        String filledBy,
        LocalDate filledOn,
        Instant generatedAt) {

    /** A certificate line of the form (valid and suspended certificates; expired and revoked are left out). */
    public record Certificate(String certificateNumber, String qualificationType, LocalDate validFrom, LocalDate validTo,
                              String status) {
    }
}
