package cn.safetysupervision.compliance.persistence;

import cn.safetysupervision.compliance.domain.CreditGrade;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An agency's current credit grade; absent means 蓝 with no points. */
@Entity
@Table(name = "credit_record")
public class CreditRecord extends PanacheEntityBase {

    @Id
    @Column(name = "agency_id")
    public UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CreditGrade grade;

    @Column(nullable = false)
    public int points;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When the oldest counting finding leaves the decay window (null: none counts). */
    @Column(name = "next_decay_at")
    public Instant nextDecayAt;
}
