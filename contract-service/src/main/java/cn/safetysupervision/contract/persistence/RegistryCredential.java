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

/** Projection of a practitioner credential. */
@Entity
@Table(name = "registry_credential")
public class RegistryCredential extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "practitioner_id", nullable = false)
    public UUID practitionerId;
    @Column(name = "credential_type", nullable = false)
    public String credentialType;
    public String level;
    @Column(name = "title_name")
    public String titleName;
    public String specialty;
    @Column(nullable = false)
    public String number;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(nullable = false)
    public boolean expired;
}
