package cn.safetysupervision.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A regulator's administrative penalty decision against an agency; immutable once recorded. */
@Entity
@Table(name = "penalty_decision")
public class PenaltyDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(nullable = false)
    public String content;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
