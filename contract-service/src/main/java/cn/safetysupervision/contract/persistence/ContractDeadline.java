package cn.safetysupervision.contract.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.safetysupervision.contract.domain.DeadlineKind;

@Entity
@Table(name = "contract_deadline")
public class ContractDeadline extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id", nullable = false)
    public UUID contractId;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineKind kind;
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
    @Column(name = "satisfied_at")
    public Instant satisfiedAt;
    @Column(name = "overdue_emitted_at")
    public Instant overdueEmittedAt;
}
