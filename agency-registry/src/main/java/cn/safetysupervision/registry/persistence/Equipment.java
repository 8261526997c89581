package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An item of an agency's equipment inventory (Art. 3.2-3.3), with its calibration expiry. */
@Entity
@Table(name = "equipment")
public class Equipment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Column(nullable = false)
    public String name;
    public String model;
    @Column(name = "serial_number")
    public String serialNumber;
    @Column(name = "calibration_valid_to")
    public LocalDate calibrationValidTo;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
