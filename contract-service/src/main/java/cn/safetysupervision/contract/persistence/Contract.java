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

import cn.safetysupervision.contract.domain.ContractStatus;
import cn.safetysupervision.contract.domain.FeeItem;
import cn.safetysupervision.contract.domain.ServiceType;
import cn.safetysupervision.contract.domain.StaffAssignment;

@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;
    @Column(name = "contract_number", nullable = false)
    public String contractNumber;
    @Column(name = "client_name", nullable = false)
    public String clientName;
    @Column(name = "client_credit_code", nullable = false)
    public String clientCreditCode;
    @Column(name = "client_industry", nullable = false)
    public String clientIndustry;
    @Column(name = "client_address", nullable = false)
    public String clientAddress;
    @Column(name = "client_contact")
    public String clientContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    public ServiceType serviceType;
    @Column(nullable = false)
    public String scope;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fee_items", nullable = false)
    public List<FeeItem> feeItems = new ArrayList<>();
    @Column(name = "fee_total", nullable = false)
    public BigDecimal feeTotal;
    @Column(name = "signed_date")
    public LocalDate signedDate;
    /** When the signing day was recorded, by whom, and why an old one (issue 14). */
    @Column(name = "signed_recorded_at")
    public Instant signedRecordedAt;
    @Column(name = "signed_recorded_by")
    public String signedRecordedBy;
    @Column(name = "signed_date_reason")
    public String signedDateReason;
    @Column(name = "site_work_required", nullable = false)
    public boolean siteWorkRequired;
    @Column(name = "planned_site_work_date")
    public LocalDate plannedSiteWorkDate;
    @Column(name = "report_due_date")
    public LocalDate reportDueDate;
    @Column(name = "report_due_working_days")
    public Integer reportDueWorkingDays;
    @Column(name = "rectification_due_date")
    public LocalDate rectificationDueDate;
    @Column(name = "rectification_due_working_days")
    public Integer rectificationDueWorkingDays;
    @Column(name = "written_notice_due_date")
    public LocalDate writtenNoticeDueDate;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "confidential_fields", nullable = false)
    public List<String> confidentialFields = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StaffAssignment> staffing = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;
    @Column(name = "completed_date")
    public LocalDate completedDate;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
