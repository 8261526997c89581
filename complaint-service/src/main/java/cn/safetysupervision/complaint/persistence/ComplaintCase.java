package cn.safetysupervision.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A complaint case. Holds no identity of the reporter (see {@link ReporterIdentity}) and never the receipt code. */
@Entity
@Table(name = "complaint_case")
public class ComplaintCase extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "receipt_hash")
    public byte[] receiptHash;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_named")
    public String agencyNamed;
    @Column(name = "practitioner_named")
    public String practitionerNamed;
    public String project;
    @Column(name = "contract_reference")
    public String contractReference;
    public String category;
    public String description;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "occurred_place")
    public String occurredPlace;
    public boolean anonymous;
    @Column(name = "contact_consent")
    public boolean contactConsent;
    public String status;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "triage_due_on")
    public LocalDate triageDueOn;
    @Column(name = "triaged_at")
    public Instant triagedAt;
    @Column(name = "triaged_by")
    public String triagedBy;
    @Column(name = "refusal_reason")
    public String refusalReason;
    @Column(name = "duplicate_of")
    public UUID duplicateOf;
    @Column(name = "competent_authority")
    public String competentAuthority;
    @Column(name = "refusal_note")
    public String refusalNote;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "close_due_on")
    public LocalDate closeDueOn;
    @Column(name = "extended_at")
    public Instant extendedAt;
    @Column(name = "extension_reason")
    public String extensionReason;
    public String outcome;
    @Column(name = "rule_id")
    public String ruleId;
    @Column(name = "outcome_summary")
    public String outcomeSummary;
    @Column(name = "referral_authority")
    public String referralAuthority;
    @Column(name = "referral_number")
    public String referralNumber;
    @Column(name = "referral_on")
    public LocalDate referralOn;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "feedback_due_on")
    public LocalDate feedbackDueOn;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "identity_openings")
    public int identityOpenings;
    @Column(name = "purge_warned_at")
    public Instant purgeWarnedAt;
    @Column(name = "purged_at")
    public Instant purgedAt;
    @Version
    public long version;
}
