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

@Entity
@Table(name = "site_visit")
public class SiteVisit extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id", nullable = false)
    public UUID contractId;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(nullable = false)
    public String address;
    public Double latitude;
    public Double longitude;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "practitioner_ids", nullable = false)
    public List<UUID> practitionerIds = new ArrayList<>();
    public String note;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** Why a regulator or the association recorded a visit older than the typed-date grace period (issue 14). */
    @Column(name = "backdating_reason")
    public String backdatingReason;
}
