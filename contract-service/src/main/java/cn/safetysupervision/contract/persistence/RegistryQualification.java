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

import cn.safetysupervision.contract.domain.ScopeEntry;

/** Projection of a qualification certificate with its business scope. */
@Entity
@Table(name = "registry_qualification")
public class RegistryQualification extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Column(name = "certificate_number", nullable = false)
    public String certificateNumber;
    @Column(name = "qualification_type", nullable = false)
    public String qualificationType;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "business_scope", nullable = false)
    public List<ScopeEntry> businessScope = new ArrayList<>();
    public String issuer;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(nullable = false)
    public String status;
}
