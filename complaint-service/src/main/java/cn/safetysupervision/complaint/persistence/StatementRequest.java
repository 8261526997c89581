package cn.safetysupervision.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A statement asked of the agency concerned; it sees only agencyVersion. */
@Entity
@Table(name = "statement_request")
public class StatementRequest extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_version")
    public String agencyVersion;
    @Column(name = "respond_by")
    public LocalDate respondBy;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    public String answer;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;
}
