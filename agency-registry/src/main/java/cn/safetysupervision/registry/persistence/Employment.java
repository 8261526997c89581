package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** A practitioner's employment at an agency, from/to (to null while open-ended). */
@Entity
@Table(name = "employment")
public class Employment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Column(name = "practitioner_id", nullable = false)
    public UUID practitionerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false)
    public EmploymentType employmentType;
    @Column(name = "employed_from", nullable = false)
    public LocalDate employedFrom;
    @Column(name = "employed_to")
    public LocalDate employedTo;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** Why a regulator or the association recorded a start older than the typed-date grace (issue 14). */
    @Column(name = "backdating_reason")
    public String backdatingReason;
    /** When the end day was recorded, beside the typed day {@link #employedTo}. */
    @Column(name = "end_recorded_at")
    public Instant endRecordedAt;
    @Column(name = "end_backdating_reason")
    public String endBackdatingReason;
    @Version
    public long version;

    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !employedFrom.isAfter(to);
        boolean endsAfterOtherStarts = employedTo == null || !employedTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public boolean activeOn(LocalDate day) {
        return !employedFrom.isAfter(day) && (employedTo == null || !employedTo.isBefore(day));
    }
}
