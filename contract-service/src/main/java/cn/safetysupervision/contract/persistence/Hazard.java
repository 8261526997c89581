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

import cn.safetysupervision.contract.domain.HazardSeverity;
import cn.safetysupervision.contract.domain.HazardStatus;

@Entity
@Table(name = "hazard")
public class Hazard extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id", nullable = false)
    public UUID contractId;
    @Column(nullable = false)
    public String description;
    @Column(nullable = false)
    public String location;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HazardSeverity severity;
    @Column(nullable = false)
    public String advice;
    @Column(name = "rectification_due_date")
    public LocalDate rectificationDueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HazardStatus status;
    @Column(name = "rectified_date")
    public LocalDate rectifiedDate;
    @Column(name = "confirmed_date")
    public LocalDate confirmedDate;
    @Column(name = "deferral_reason")
    public String deferralReason;
    @Column(name = "interim_measures")
    public String interimMeasures;
    @Column(name = "planned_rectification_date")
    public LocalDate plannedRectificationDate;
    @Column(name = "reported_by", nullable = false)
    public String reportedBy;
    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;
    @Version
    public long version;
}
