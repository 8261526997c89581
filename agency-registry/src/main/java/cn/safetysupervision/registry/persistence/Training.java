package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** One training record of a practitioner (Art. 12). */
@Entity
@Table(name = "training")
public class Training extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "practitioner_id", nullable = false)
    public UUID practitionerId;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "topic_category", nullable = false)
    public TrainingCategory topicCategory;
    @Column(nullable = false)
    public String topic;
    @Column(nullable = false)
    public BigDecimal hours;
    @Column(name = "trained_on", nullable = false)
    public LocalDate trainedOn;
    @Column(nullable = false)
    public String provider;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
