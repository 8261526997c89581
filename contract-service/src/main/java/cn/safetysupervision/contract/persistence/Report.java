package cn.safetysupervision.contract.persistence;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.safetysupervision.contract.domain.Signatory;

@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id", nullable = false)
    public UUID contractId;
    @Column(name = "report_number", nullable = false)
    public String reportNumber;
    @Column(name = "report_type", nullable = false)
    public String reportType;
    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Signatory> signatories = new ArrayList<>();
    @Column(nullable = false)
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "hazard_ids", nullable = false)
    public List<UUID> hazardIds = new ArrayList<>();
    @Column(name = "disclosure_due_date", nullable = false)
    public LocalDate disclosureDueDate;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
