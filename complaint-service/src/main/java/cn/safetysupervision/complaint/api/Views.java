package cn.safetysupervision.complaint.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies. The reporter's and the agency's views carry nothing that identifies the reporter. */
public final class Views {

    private Views() {
    }

    public record Hotline(String name, String number) {
    }

    public record Label(String code, String label) {
    }

    public record AgencyMatch(UUID id, String name, String creditCode, String status) {
    }

    public record PublicInfo(List<Hotline> hotlines, List<String> clocks, List<Label> categories) {
    }

    /** Shown once after intake: the code is not retrievable afterwards. */
    public record Receipt(String receiptCode, Instant receivedAt, String status, String statusLabel, LocalDate triageDueOn,
                          List<String> clocks, List<Hotline> hotlines, String notice) {
    }

    public record Message(String author, String body, Instant at) {
    }

    public record AttachmentInfo(UUID id, String mediaType, long sizeBytes, String sha256, String uploadedBy, Instant at) {
    }

    /** What the reporter sees with the code. */
    public record FollowUp(String status, String statusLabel, String category, String categoryLabel, Instant receivedAt,
                           LocalDate triageDueOn, String refusalReason, String refusalLabel, String competentAuthority,
                           Instant acceptedAt, LocalDate closeDueOn, String extensionReason, String outcome,
                           String outcomeLabel, Instant decidedAt, LocalDate feedbackDueOn, Instant closedAt,
                           List<Message> messages, int identityOpenings, int attachments, boolean personalDataPurged,
                           List<Hotline> hotlines) {
    }

    public record CaseSummary(UUID id, String status, String category, UUID agencyId, String agencyNamed,
                              Instant receivedAt, LocalDate triageDueOn, LocalDate closeDueOn) {
    }

    public record Statement(UUID id, UUID agencyId, String agencyVersion, LocalDate respondBy, String requestedBy,
                            Instant requestedAt, String answer, String answeredBy, Instant answeredAt) {
    }

    public record Clock(String kind, LocalDate dueOn, Instant satisfiedAt, Instant overdueEmittedAt) {
    }

    /** The handler's view. The identity is not in it: it is opened separately, with a reason. */
    public record Case(UUID id, String status, String category, String categoryLabel, UUID agencyId, String agencyName,
                       String agencyNamed, String practitionerNamed, String project, String contractReference,
                       String description, LocalDate occurredOn, String occurredPlace, boolean anonymous,
                       boolean contactConsent, boolean identityOnFile, int identityOpenings, Instant receivedAt,
                       LocalDate triageDueOn, Instant triagedAt, String triagedBy, String refusalReason, UUID duplicateOf,
                       String competentAuthority, Instant acceptedAt, LocalDate closeDueOn, Instant extendedAt,
                       String extensionReason, String outcome, String ruleId, String outcomeSummary,
                       String referralAuthority, String referralNumber, LocalDate referralOn, Instant decidedAt,
                       String decidedBy, LocalDate feedbackDueOn, Instant closedAt, Instant purgedAt, long version,
                       List<Message> messages, List<Statement> statements, List<AttachmentInfo> attachments,
                       List<Clock> clocks, List<CaseSummary> similarOpen) {
    }

    public record Identity(String name, String phone, String idNumber, boolean consentToContact, int openingsSoFar) {
    }

    public record Opening(String openedBy, Instant openedAt, String reason) {
    }

    public record AuditEntry(String action, String actor, Instant at, String note) {
    }

    /** What the agency sees of a statement request: the handler's version, nothing of the reporter. */
    public record AgencyStatement(UUID id, String agencyVersion, LocalDate respondBy, Instant requestedAt, String answer,
                                  Instant answeredAt) {
    }
}
