package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** One changed field of an agency, kept forever. */
@Entity
@Table(name = "agency_change")
public class AgencyChange extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Column(nullable = false)
    public String field;
    @Column(name = "before_value")
    public String beforeValue;
    @Column(name = "after_value")
    public String afterValue;
    @Column(name = "changed_by", nullable = false)
    public String changedBy;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
