package cn.safetysupervision.disclosure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public read model: exactly what anyone may see. Built from the projections by {@link PublicDirectory};
 * nothing else is ever serialised to a public response or page.
 */
public final class PublicViews {

    private PublicViews() {
    }

    public record AgencySummary(String id, String name, String creditCode, String district, String status,
                                String statusLabel) {
    }

    public record Certificate(String certificateNumber, String qualificationType, String qualificationTypeLabel,
                              List<String> scope, String issuer, LocalDate validFrom, LocalDate validTo,
                              String publicState, String publicStateLabel, boolean valid) {
    }

    public record StaffCounts(int fullTime, int partTime, int total) {
    }

    public record ReportSummary(String id, String reportNumber, String reportType, LocalDate issueDate,
                                LocalDate publishedOn, boolean onTime) {
    }

    public record TeamMember(String name, String role, String roleLabel, String credentialNumber) {
    }

    /**
     * @param url       the cleaned public copy, present once copied
     * @param copyState PENDING (being fetched), COPIED, REFUSED (hash mismatch or not an image: not shown)
     */
    public record SiteImage(String evidenceId, OffsetDateTime capturedAt, String sha256, String url, String copyState) {
    }

    public record ReportDisclosure(String id, String agencyId, String agencyName, String reportNumber,
                                   String projectName, String clientName, String serviceType, String serviceTypeLabel,
                                   LocalDate servicePeriodFrom, LocalDate servicePeriodTo, List<TeamMember> team,
                                   LocalDate issueDate, String conclusionSummary, List<SiteImage> siteImages,
                                   OffsetDateTime publishedAt, LocalDate publishedOn, LocalDate disclosureDueOn,
                                   Boolean onTime) {
    }

    public record PriceItem(String item, String content, BigDecimal price, String pricingMethod) {
    }

    public record PriceList(int version, LocalDate effectiveOn, OffsetDateTime publishedAt, List<PriceItem> items) {
    }

    public record Sanction(String id, String kind, String kindLabel, String agencyId, String agencyName,
                           String decisionNumber, LocalDate decidedOn, String legalBasis, String content,
                           LocalDate endsOn, LocalDate endedOn, LocalDate publishedOn, LocalDate publishBy,
                           Boolean publishedLate) {
    }

    public record AgencyProfile(String id, String name, String creditCode, String legalRepresentative,
                                String registeredAddress, String officeAddress, String district, String status,
                                String statusLabel, List<Certificate> certificates, StaffCounts staff,
                                String creditGrade, List<ReportSummary> reports, PriceList prices,
                                List<PriceList> priceHistory, List<Sanction> sanctions) {
    }

    /** What a holder of a printed report can check: no confidential field. */
    public record Verification(String reportNumber, boolean exists, boolean published, String reportId,
                               String agencyId, String agencyName, LocalDate issueDate,
                               List<CertificateOnDate> certificatesOnIssueDate) {
    }

    public record CertificateOnDate(String certificateNumber, String qualificationTypeLabel, String state,
                                    String stateLabel, boolean valid) {
    }

    public record FileCheck(String sha256, boolean matches, OffsetDateTime capturedAt) {
    }
}
