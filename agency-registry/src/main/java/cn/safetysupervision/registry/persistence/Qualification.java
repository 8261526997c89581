package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** A qualification certificate (资质证书); its number belongs to one agency. */
@Entity
@Table(name = "qualification")
public class Qualification extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Column(name = "certificate_number", nullable = false, unique = true)
    public String certificateNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_type", nullable = false)
    public QualificationType qualificationType;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qualification_scope", joinColumns = @JoinColumn(name = "qualification_id"))
    public Set<ScopeEntry> businessScope = new LinkedHashSet<>();
    @Column(nullable = false)
    public String issuer;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualificationStatus status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public static Optional<Qualification> findByNumber(String number) {
        return find("certificateNumber", number).firstResultOptional();
    }
}
