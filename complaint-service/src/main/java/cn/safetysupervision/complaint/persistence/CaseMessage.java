package cn.safetysupervision.complaint.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A message between handler and reporter. */
@Entity
@Table(name = "case_message")
public class CaseMessage extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    /** HANDLER or REPORTER. */
    public String author;
    public String body;
    @Column(name = "created_at")
    public Instant createdAt;
}
