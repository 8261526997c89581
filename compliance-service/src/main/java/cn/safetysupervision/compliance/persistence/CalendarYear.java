package cn.safetysupervision.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A calendar year as contract-service published it. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    @Id
    public Integer year;
    public String source;
    @Column(name = "published_at")
    public Instant publishedAt;
}
