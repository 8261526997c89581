package cn.safetysupervision.contract.events;

import cn.safetysupervision.contract.domain.ContractStatus;
import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.contract.persistence.Evidence;
import cn.safetysupervision.contract.persistence.FollowUp;
import cn.safetysupervision.contract.persistence.Hazard;
import cn.safetysupervision.contract.persistence.Report;
import cn.safetysupervision.contract.persistence.SiteVisit;
import cn.safetysupervision.contract.persistence.WrittenNotice;
import cn.safetysupervision.events.contract.ContractAmendedV1;
import cn.safetysupervision.events.contract.ContractCancelledV1;
import cn.safetysupervision.events.contract.ContractCompletedV1;
import cn.safetysupervision.events.contract.ContractSignedV1;
import cn.safetysupervision.events.contract.EvidenceArchivedV1;
import cn.safetysupervision.events.contract.FollowUpRecordedV1;
import cn.safetysupervision.events.contract.HazardConfirmedV1;
import cn.safetysupervision.events.contract.HazardDeferredV1;
import cn.safetysupervision.events.contract.HazardRectifiedV1;
import cn.safetysupervision.events.contract.HazardReportedV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.SiteVisitRecordedV1;
import cn.safetysupervision.events.contract.WrittenNoticeFiledV1;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Entities → published payloads. Entities never leave the service; these records are the contract. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface ContractEventMapper {

    @Mapping(target = "contractId", source = "contract.id")
    @Mapping(target = "client.name", source = "contract.clientName")
    @Mapping(target = "client.creditCode", source = "contract.clientCreditCode")
    @Mapping(target = "client.industry", source = "contract.clientIndustry")
    @Mapping(target = "client.address", source = "contract.clientAddress")
    @Mapping(target = "rectificationConfirmationDueDate", source = "contract.rectificationDueDate")
    ContractSignedV1 signed(Contract contract, String signedBy, Instant signedAt);

    @Mapping(target = "contractId", source = "contract.id")
    @Mapping(target = "client.name", source = "contract.clientName")
    @Mapping(target = "client.creditCode", source = "contract.clientCreditCode")
    @Mapping(target = "client.industry", source = "contract.clientIndustry")
    @Mapping(target = "client.address", source = "contract.clientAddress")
    @Mapping(target = "rectificationConfirmationDueDate", source = "contract.rectificationDueDate")
    @Mapping(target = "status", source = "contract.status")
    ContractAmendedV1 amended(Contract contract, List<String> changedFields, String reason, String amendedBy,
                              Instant amendedAt);

    @Mapping(target = "contractId", source = "contract.id")
    @Mapping(target = "agencyId", source = "contract.agencyId")
    @Mapping(target = "reason", source = "contract.cancelReason")
    ContractCancelledV1 cancelled(Contract contract, ContractStatus previousStatus, String cancelledBy,
                                  Instant cancelledAt);

    @Mapping(target = "contractId", source = "contract.id")
    @Mapping(target = "agencyId", source = "contract.agencyId")
    @Mapping(target = "serviceType", source = "contract.serviceType")
    @Mapping(target = "completedDate", source = "contract.completedDate")
    ContractCompletedV1 completed(Contract contract, LocalDate followUpDueDate, String completedBy, Instant completedAt);

    @Mapping(target = "noticeId", source = "notice.id")
    @Mapping(target = "contractId", source = "contract.id")
    @Mapping(target = "agencyId", source = "contract.agencyId")
    @Mapping(target = "plannedSiteWorkDate", source = "contract.plannedSiteWorkDate")
    @Mapping(target = "dueDate", source = "contract.writtenNoticeDueDate")
    @Mapping(target = "authority", source = "notice.authority")
    @Mapping(target = "noticeDate", source = "notice.noticeDate")
    @Mapping(target = "documentSha256", source = "notice.documentSha256")
    @Mapping(target = "filedBy", source = "notice.filedBy")
    @Mapping(target = "filedAt", source = "notice.filedAt")
    @Mapping(target = "noticeDateVerified", source = "noticeDateVerified")
    WrittenNoticeFiledV1 noticeFiled(WrittenNotice notice, Contract contract, Boolean noticeDateVerified);

    @Mapping(target = "siteVisitId", source = "visit.id")
    @Mapping(target = "contractId", source = "visit.contractId")
    SiteVisitRecordedV1 siteVisit(SiteVisit visit, UUID agencyId);

    @Mapping(target = "evidenceId", source = "evidence.id")
    @Mapping(target = "contractId", source = "evidence.contractId")
    EvidenceArchivedV1 evidence(Evidence evidence, UUID agencyId);

    @Mapping(target = "hazardId", source = "hazard.id")
    @Mapping(target = "contractId", source = "hazard.contractId")
    HazardReportedV1 hazardReported(Hazard hazard, UUID agencyId);

    @Mapping(target = "hazardId", source = "hazard.id")
    @Mapping(target = "contractId", source = "hazard.contractId")
    @Mapping(target = "reason", source = "hazard.deferralReason")
    @Mapping(target = "interimMeasures", source = "hazard.interimMeasures")
    @Mapping(target = "plannedRectificationDate", source = "hazard.plannedRectificationDate")
    HazardDeferredV1 hazardDeferred(Hazard hazard, UUID agencyId, String recordedBy, Instant recordedAt);

    @Mapping(target = "hazardId", source = "hazard.id")
    @Mapping(target = "contractId", source = "hazard.contractId")
    @Mapping(target = "rectifiedDate", source = "hazard.rectifiedDate")
    HazardRectifiedV1 hazardRectified(Hazard hazard, UUID agencyId, String note, String recordedBy, Instant recordedAt);

    @Mapping(target = "hazardId", source = "hazard.id")
    @Mapping(target = "contractId", source = "hazard.contractId")
    @Mapping(target = "confirmedDate", source = "hazard.confirmedDate")
    HazardConfirmedV1 hazardConfirmed(Hazard hazard, UUID agencyId, String note, String confirmedBy, Instant confirmedAt);

    @Mapping(target = "reportId", source = "report.id")
    @Mapping(target = "contractId", source = "report.contractId")
    @Mapping(target = "disclosureDueOn", source = "report.disclosureDueDate")
    ReportSubmittedV1 report(Report report, UUID agencyId);

    @Mapping(target = "followUpId", source = "followUp.id")
    @Mapping(target = "contractId", source = "followUp.contractId")
    FollowUpRecordedV1 followUp(FollowUp followUp, UUID agencyId);
}
