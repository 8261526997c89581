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

@Entity
@Table(name = "written_notice")
public class WrittenNotice extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id", nullable = false)
    public UUID contractId;
    @Column(nullable = false)
    public String authority;
    @Column(name = "notice_date", nullable = false)
    public LocalDate noticeDate;
    @Column(name = "document_sha256", nullable = false)
    public String documentSha256;
    @Column(name = "filed_by", nullable = false)
    public String filedBy;
    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;
}
