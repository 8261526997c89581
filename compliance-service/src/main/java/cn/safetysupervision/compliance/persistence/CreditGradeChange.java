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
import java.util.List;
import java.util.UUID;

/** One change of an agency's credit grade (the grade's history). */
@Entity
@Table(name = "credit_grade_change")
public class CreditGradeChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_grade", nullable = false)
    public CreditGrade previousGrade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CreditGrade grade;

    @Column(nullable = false)
    public int points;

    @Column(name = "triggering_finding_id")
    public UUID triggeringFindingId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static List<CreditGradeChange> history(UUID agencyId) {
        return list("agencyId = ?1 order by changedAt", agencyId);
    }
}
