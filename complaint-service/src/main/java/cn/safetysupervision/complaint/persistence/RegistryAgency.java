package cn.safetysupervision.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An agency as agency-registry published it. */
@Entity
@Table(name = "registry_agency")
public class RegistryAgency extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "credit_code")
    public String creditCode;
    public String name;
    public String status;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
