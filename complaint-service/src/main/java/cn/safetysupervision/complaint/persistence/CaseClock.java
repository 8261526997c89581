package cn.safetysupervision.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A legal clock of a case. */
@Entity
@Table(name = "case_clock")
public class CaseClock extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    /** TRIAGE, CLOSURE or FEEDBACK. */
    public String kind;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "satisfied_at")
    public Instant satisfiedAt;
    @Column(name = "overdue_emitted_at")
    public Instant overdueEmittedAt;
}
