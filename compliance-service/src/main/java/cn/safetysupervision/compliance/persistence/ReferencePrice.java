package cn.safetysupervision.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The association's reference price of a service type in an industry (Art. 16). */
@Entity
@Table(name = "reference_price")
public class ReferencePrice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "service_type", nullable = false)
    public String serviceType;

    @Column(nullable = false)
    public String industry;

    @Column(nullable = false)
    public BigDecimal amount;

    public String note;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Optional<ReferencePrice> of(String serviceType, String industry) {
        return find("serviceType = ?1 and industry = ?2", serviceType, industry).firstResultOptional();
    }
}
