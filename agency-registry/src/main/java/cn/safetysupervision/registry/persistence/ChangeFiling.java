package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** A change that must be filed (变更备案) by {@link #dueOn}; open while {@link #filedOn} is null. */
@Entity
@Table(name = "change_filing")
public class ChangeFiling extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    /** Comma-separated field names. */
    @Column(name = "changed_fields", nullable = false)
    public String changedFields;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;
    @Column(name = "filed_on")
    public LocalDate filedOn;
    @Column(name = "filing_reference")
    public String filingReference;
    @Column(name = "filed_by")
    public String filedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    /** The agency's own submission (issue 14): it does not close the filing; a supervisor's receipt does. */
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
