package cn.safetysupervision.complaint.api;

import cn.safetysupervision.complaint.persistence.AttachmentInfo;
import cn.safetysupervision.complaint.persistence.CaseAudit;
import cn.safetysupervision.complaint.persistence.CaseClock;
import cn.safetysupervision.complaint.persistence.CaseMessage;
import cn.safetysupervision.complaint.persistence.ComplaintCase;
import cn.safetysupervision.complaint.persistence.IdentityOpening;
import cn.safetysupervision.complaint.persistence.RegistryAgency;
import cn.safetysupervision.complaint.persistence.StatementRequest;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Entities to views; entities never leave the service. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface ApiMapper {

    @Mapping(target = "at", source = "createdAt")
    Views.Message message(CaseMessage message);

    Views.CaseSummary summary(ComplaintCase c);

    Views.Statement statement(StatementRequest s);

    Views.AgencyStatement agencyStatement(StatementRequest s);

    Views.Clock clock(CaseClock clock);

    Views.Opening opening(IdentityOpening opening);

    Views.AuditEntry audit(CaseAudit entry);

    Views.AgencyMatch agency(RegistryAgency agency);

    @Mapping(target = "at", source = "createdAt")
    Views.AttachmentInfo attachment(AttachmentInfo a);
}
