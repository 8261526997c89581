package cn.safetysupervision.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A term on the dishonesty list (失信名单), started by a regulator's decision on a red grade's proposal. */
@Entity
@Table(name = "dishonesty_listing")
public class DishonestyListing extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "repair_request_allowed_from", nullable = false)
    public LocalDate repairRequestAllowedFrom;

    @Column(name = "repair_requested_at")
    public Instant repairRequestedAt;

    @Column(name = "repair_statement")
    public String repairStatement;

    @Column(name = "repair_decided_by")
    public String repairDecidedBy;

    @Column(name = "repair_decision_note")
    public String repairDecisionNote;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** TERM_OVER or REPAIRED. */
    @Column(name = "end_reason")
    public String endReason;

    /** The regulator's decision number (决定书文号); null on listings made before issue 14. */
    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Version
    @Column(nullable = false)
    public long version;

    public static Optional<DishonestyListing> active(UUID agencyId) {
        return find("agencyId = ?1 and endedOn is null", agencyId).firstResultOptional();
    }

    public static List<DishonestyListing> ofAgency(UUID agencyId) {
        return list("agencyId = ?1 order by startDate", agencyId);
    }

    public static List<DishonestyListing> termOverBy(LocalDate day) {
        return list("endedOn is null and endDate < ?1", day);
    }
}
