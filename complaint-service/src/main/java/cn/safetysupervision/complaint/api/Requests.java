package cn.safetysupervision.complaint.api;

import cn.safetysupervision.complaint.domain.Category;
import cn.safetysupervision.complaint.domain.Outcome;
import cn.safetysupervision.complaint.domain.RefusalReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** Request bodies. Validation messages name fields and rules, never the values sent. */
public final class Requests {

    private Requests() {
    }

    public record Identity(String name, String phone, String idNumber, boolean consentToContact) {
    }

    public record Complaint(UUID agencyId, String agencyName, String practitionerName, String project,
                            String contractReference, @NotNull Category category, @NotNull String description,
                            LocalDate occurredOn, String occurredPlace, @Valid Identity identity) {
    }

    public record Code(@NotNull String receiptCode) {
    }

    public record ReporterMessage(@NotNull String receiptCode, @NotNull String body) {
    }

    public record Accept(UUID agencyId) {
    }

    public record Refuse(@NotNull RefusalReason reason, UUID duplicateOf, String competentAuthority,
                         @NotNull String messageToReporter) {
    }

    public record Extension(@NotNull String reason) {
    }

    public record StatementRequest(@NotNull String agencyVersion) {
    }

    public record Referral(String authority, String referenceNumber, LocalDate referredOn) {
    }

    public record Decision(@NotNull Outcome outcome, String ruleId, @NotNull String summary, @Valid Referral referral) {
    }

    public record Close(@NotNull String feedback) {
    }

    public record Message(@NotNull String body) {
    }

    public record IdentityOpening(@NotNull String reason) {
    }

    public record Statement(@NotNull String answer) {
    }
}
