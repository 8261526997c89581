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

/** Projection of a practitioner's employment at an agency. */
@Entity
@Table(name = "registry_employment")
public class RegistryEmployment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "practitioner_id", nullable = false)
    public UUID practitionerId;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Column(name = "employment_type", nullable = false)
    public String employmentType;
    @Column(name = "employed_from")
    public LocalDate employedFrom;
    @Column(name = "employed_to")
    public LocalDate employedTo;
    @Column(nullable = false)
    public boolean ended;
}
