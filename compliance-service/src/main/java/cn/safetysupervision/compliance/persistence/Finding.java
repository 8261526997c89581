package cn.safetysupervision.compliance.persistence;

import cn.safetysupervision.compliance.domain.FindingStatus;
import cn.safetysupervision.compliance.domain.Verdict;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.SubjectType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A violation of a rule by a subject, with its evidence and its life cycle. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "rule_version", nullable = false)
    public int ruleVersion;

    @Column(nullable = false)
    public String article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public String title;

    /** AUTOMATIC or MANUAL. */
    @Column(nullable = false)
    public String origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "triggering_event_ids", nullable = false)
    public List<String> triggeringEventIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> facts = new LinkedHashMap<>();

    /** How often the facts were seen while the finding was open (1 = once). */
    @Column(nullable = false)
    public int occurrences;

    @Column(name = "flagged_by", nullable = false)
    public String flaggedBy;

    @Column(name = "flagged_at", nullable = false)
    public Instant flaggedAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "dismissal_reason")
    public String dismissalReason;

    @Column(name = "dismissed_by")
    public String dismissedBy;

    @Column(name = "dismissed_at")
    public Instant dismissedAt;

    @Column(name = "referral_authority")
    public String referralAuthority;

    @Column(name = "referral_reference")
    public String referralReference;

    @Column(name = "referral_date")
    public LocalDate referralDate;

    @Column(name = "referral_note")
    public String referralNote;

    @Column(name = "referred_by")
    public String referredBy;

    @Column(name = "referred_at")
    public Instant referredAt;

    /** SUSPECTED (automatic, no points) or CONFIRMED (issue 14). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    /** Last day (Asia/Shanghai) the agency may respond to a suspected finding. */
    @Column(name = "respond_by")
    public LocalDate respondBy;

    @Column(name = "response_statement")
    public String responseStatement;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "response_evidence", nullable = false)
    public List<String> responseEvidence = new ArrayList<>();

    @Column(name = "responded_by")
    public String respondedBy;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmation_reason")
    public String confirmationReason;

    /** True when confirmed by the (optional) auto-confirmation after the response window. */
    @Column(name = "auto_confirmed", nullable = false)
    public boolean autoConfirmed;

    /** The rule's parameter values in force when it judged (names and values). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rule_parameters", nullable = false)
    public Map<String, String> ruleParameters = new LinkedHashMap<>();

    @Version
    @Column(nullable = false)
    public long version;

    /** Every finding of the rule on the subject, in any status (few: one open at a time, the rest closed). */
    public static List<Finding> ofRuleOn(String ruleId, SubjectType subjectType, UUID subjectId) {
        return list("ruleId = ?1 and subjectType = ?2 and subjectId = ?3", ruleId, subjectType, subjectId);
    }

    public static Optional<Finding> findOpen(String ruleId, SubjectType subjectType, UUID subjectId) {
        return find("ruleId = ?1 and subjectType = ?2 and subjectId = ?3 and status in ?4",
                ruleId, subjectType, subjectId, FindingStatus.STILL_OPEN).firstResultOptional();
    }
}
