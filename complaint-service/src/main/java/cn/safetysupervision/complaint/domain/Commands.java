package cn.safetysupervision.complaint.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What the domain is asked to do, independent of the REST request types. */
public final class Commands {

    private Commands() {
    }

    /** The reporter's identity; all null for an anonymous complaint. */
    public record Identity(String name, String phone, String idNumber, boolean consentToContact) {
    }

    public record Intake(UUID agencyId, String agencyName, String practitionerName, String project,
                         String contractReference, Category category, String description, LocalDate occurredOn,
                         String occurredPlace, Identity identity) {
    }

    public record Refusal(RefusalReason reason, UUID duplicateOf, String competentAuthority, String messageToReporter) {
    }

    public record Referral(String authority, String referenceNumber, LocalDate referredOn) {
    }

    public record Decision(Outcome outcome, String ruleId, String summary, Referral referral) {
    }
}
