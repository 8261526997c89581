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
    @Column(name = "certificate_number", nullable = false)
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
    /** SHA-256 of the scan an agency declared the certificate with; null when an authority recorded it. */
    @Column(name = "scan_sha256")
    public String scanSha256;
    @Column(name = "declared_by")
    public String declaredBy;
    /** Another agency's certificate with the same number when this one was declared (a conflict to resolve). */
    @Column(name = "conflicts_with")
    public UUID conflictsWith;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Version
    public long version;

    /** Every certificate with the number that is not a rejected declaration. */
    public static List<Qualification> withNumber(String number) {
        return list("certificateNumber = ?1 and status <> ?2", number, QualificationStatus.REJECTED);
    }
}
