package cn.safetysupervision.registry.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import cn.safetysupervision.registry.domain.*;

/** A practitioner's certificate or professional title. */
@Entity
@Table(name = "credential")
public class Credential extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "practitioner_id", nullable = false)
    public UUID practitionerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "credential_type", nullable = false)
    public CredentialType credentialType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CredentialLevel level;
    @Column(name = "title_name")
    public String titleName;
    public String specialty;
    @Column(nullable = false)
    public String number;
    @Column(nullable = false)
    public String issuer;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** VERIFIED (counts), PENDING_VERIFICATION (declared by an agency) or REJECTED (issue 14). */
    @Column(nullable = false)
    public String status = VERIFIED;
    @Column(name = "declared_by")
    public String declaredBy;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;

    public static final String VERIFIED = "VERIFIED";
    public static final String PENDING_VERIFICATION = "PENDING_VERIFICATION";
    public static final String REJECTED = "REJECTED";

    public boolean validOn(LocalDate day) {
        return validTo == null || !validTo.isBefore(day);
    }
}
