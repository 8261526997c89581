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

/** Projection of an agency from registry events. */
@Entity
@Table(name = "registry_agency")
public class RegistryAgency extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "credit_code", nullable = false)
    public String creditCode;
    @Column(nullable = false)
    public String name;
    @Column(name = "legal_representative")
    public String legalRepresentative;
    @Column(name = "registered_address")
    public String registeredAddress;
    @Column(name = "office_address")
    public String officeAddress;
    @Column(nullable = false)
    public String status;
    @Column(name = "commitment_signed_on")
    public LocalDate commitmentSignedOn;
    @Column(name = "commitment_version")
    public String commitmentVersion;
    @Column(name = "commitment_sha256")
    public String commitmentSha256;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
