package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** 附件2 执业承诺书 recorded as signed. */
@Entity
@Table(name = "commitment")
public class Commitment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Column(nullable = false)
    public String signatory;
    @Column(name = "signatory_title")
    public String signatoryTitle;
    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;
    @Column(name = "document_sha256", nullable = false)
    public String documentSha256;
    @Column(name = "commitment_version", nullable = false)
    public String commitmentVersion;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
