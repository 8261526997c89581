package cn.safetysupervision.contract.api;

import cn.safetysupervision.contract.domain.ContractStatus;
import cn.safetysupervision.contract.domain.DeadlineKind;
import cn.safetysupervision.contract.domain.FeeItem;
import cn.safetysupervision.contract.domain.HazardSeverity;
import cn.safetysupervision.contract.domain.HazardStatus;
import cn.safetysupervision.contract.domain.ServiceType;
import cn.safetysupervision.contract.domain.Signatory;
import cn.safetysupervision.contract.domain.StaffAssignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the contract API. */
public final class ContractViews {

    private ContractViews() {
    }

    public record ClientView(String name, String creditCode, String industry, String address, String contact) {
    }

    public record DeadlineView(DeadlineKind kind, LocalDate dueDate, Instant satisfiedAt, Instant overdueEmittedAt) {
    }

    public record ContractView(UUID id, UUID agencyId, String contractNumber, ClientView client, ServiceType serviceType,
                               String scope, List<FeeItem> feeItems, BigDecimal feeTotal, LocalDate signedDate,
                               boolean siteWorkRequired, LocalDate plannedSiteWorkDate, LocalDate writtenNoticeDueDate,
                               LocalDate reportDueDate, Integer reportDueWorkingDays, LocalDate rectificationDueDate,
                               Integer rectificationDueWorkingDays, List<String> confidentialFields,
                               List<StaffAssignment> staffing, ContractStatus status, LocalDate completedDate,
                               String cancelReason, Instant createdAt, Instant updatedAt, long version,
                               List<DeadlineView> deadlines, Instant signedRecordedAt, String signedRecordedBy,
                               String signedDateReason) {
    }

    public record WrittenNoticeView(UUID id, UUID contractId, String authority, LocalDate noticeDate,
                                    String documentSha256, String filedBy, Instant filedAt) {
    }

    public record SiteVisitView(UUID id, UUID contractId, Instant startedAt, Instant endedAt, String address,
                                Double latitude, Double longitude, List<UUID> practitionerIds, String note,
                                String recordedBy, Instant recordedAt, String backdatingReason) {
    }

    public record EvidenceView(UUID id, UUID contractId, UUID siteVisitId, String fileName, String mediaType,
                               long sizeBytes, String sha256, Instant capturedAt, String archivedBy, Instant archivedAt) {
    }

    public record HazardView(UUID id, UUID contractId, String description, String location, HazardSeverity severity,
                             String advice, LocalDate rectificationDueDate, HazardStatus status, LocalDate rectifiedDate,
                             LocalDate confirmedDate, String deferralReason, String interimMeasures,
                             LocalDate plannedRectificationDate, String reportedBy, Instant reportedAt, long version) {
    }

    public record ReportView(UUID id, UUID contractId, String reportNumber, String reportType, LocalDate issueDate,
                             List<Signatory> signatories, String summary, List<UUID> hazardIds,
                             LocalDate disclosureDueDate, String submittedBy, Instant submittedAt) {
    }

    public record FollowUpView(UUID id, UUID contractId, LocalDate visitDate, List<UUID> practitionerIds,
                               String findings, String recordedBy, Instant recordedAt, String backdatingReason) {
    }

    public record CalendarYearView(int year, String source, Instant loadedAt, List<CalendarDayView> days) {
    }

    public record CalendarDayView(LocalDate day, boolean working, String name) {
    }

    public record WorkingDayResult(LocalDate from, int workingDays, LocalDate result) {
    }
}
