package cn.safetysupervision.contract.api;

import cn.safetysupervision.contract.domain.HazardSeverity;
import cn.safetysupervision.contract.domain.ServiceType;
import cn.safetysupervision.contract.domain.SignatoryRole;
import cn.safetysupervision.contract.domain.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the contract API. Bean Validation catches the malformed; the services check the rest. */
public final class ContractRequests {

    private ContractRequests() {
    }

    /** The terms of a contract (draft creation, draft update, amendment). */
    public record Terms(
            @NotBlank @Size(max = 64) String contractNumber,
            @NotNull @Valid Client client,
            @NotNull ServiceType serviceType,
            @NotBlank @Size(max = 2000) String scope,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid FeeItem> feeItems,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal feeTotal,
            @NotNull Boolean siteWorkRequired,
            LocalDate plannedSiteWorkDate,
            @NotNull @Valid Due reportDue,
            @Valid Due rectificationConfirmationDue,
            @Size(max = 20) List<@NotBlank String> confidentialFields,
            @Size(max = 100) List<@NotNull @Valid StaffMember> staffing) {
    }

    public record Client(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[0-9A-Z]{18}", message = "must be an 18-character 统一社会信用代码") String creditCode,
            @NotBlank @Size(max = 100) String industry,
            @NotBlank @Size(max = 300) String address,
            @Size(max = 200) String contact) {
    }

    public record FeeItem(
            @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    /** A due date given either as a date or as N working days after signing — exactly one of the two. */
    public record Due(LocalDate date, @Min(1) @Max(365) Integer workingDays) {
    }

    public record StaffMember(@NotNull StaffRole role, @NotNull UUID practitionerId, @NotNull UUID credentialId) {
    }

    /** {@code backdatingReason}: required when a regulator or the association records a signing older than the grace period. */
    public record Sign(@NotNull LocalDate signedDate, @Size(max = 1000) String backdatingReason) {
    }

    public record Amend(@NotNull @Valid Terms terms, @NotBlank @Size(max = 1000) String reason) {
    }

    public record Cancel(@NotBlank @Size(max = 1000) String reason) {
    }

    public record Complete(@NotNull LocalDate completedDate) {
    }

    public record WrittenNotice(
            @NotBlank @Size(max = 200) String authority,
            @NotNull LocalDate noticeDate,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256") String documentSha256,
            @Size(max = 1000) String backdatingReason) {
    }

    public record SiteVisit(
            @NotNull Instant startedAt,
            Instant endedAt,
            @NotBlank @Size(max = 300) String address,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> practitionerIds,
            @Size(max = 2000) String note,
            @Size(max = 1000) String backdatingReason) {
    }

    public record Hazard(
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 300) String location,
            @NotNull HazardSeverity severity,
            @NotBlank @Size(max = 2000) String advice,
            LocalDate rectificationDueDate) {
    }

    public record Rectification(@NotNull LocalDate rectifiedDate, @Size(max = 2000) String note) {
    }

    public record Confirmation(@NotNull LocalDate confirmedDate, @Size(max = 2000) String note) {
    }

    /** Art. 8: the client cannot rectify soon; the agency records why and what is done meanwhile. */
    public record Deferral(
            @NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 2000) String interimMeasures,
            LocalDate plannedRectificationDate) {
    }

    public record Report(
            @NotBlank @Size(max = 64) String reportNumber,
            @NotBlank @Size(max = 100) String reportType,
            @NotNull LocalDate issueDate,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid ReportSignatory> signatories,
            @NotBlank @Size(max = 20000) String summary,
            @Size(max = 500) List<@NotNull UUID> hazardIds) {
    }

    public record ReportSignatory(
            @NotNull UUID practitionerId,
            @NotNull SignatoryRole role,
            @NotBlank @Size(max = 64) String credentialNumber) {
    }

    public record FollowUp(
            @NotNull LocalDate visitDate,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> practitionerIds,
            @NotBlank @Size(max = 5000) String findings,
            @Size(max = 1000) String backdatingReason) {
    }

    public record CalendarYear(
            @NotBlank @Size(max = 300) String source,
            @NotNull @Size(max = 200) List<@NotNull @Valid CalendarDay> days) {
    }

    public record CalendarDay(@NotNull LocalDate day, @NotNull Boolean working, @NotBlank @Size(max = 50) String name) {
    }
}
