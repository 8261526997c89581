package cn.safetysupervision.contract.api;

import cn.safetysupervision.contract.persistence.CalendarDay;
import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.contract.persistence.ContractDeadline;
import cn.safetysupervision.contract.persistence.Evidence;
import cn.safetysupervision.contract.persistence.FollowUp;
import cn.safetysupervision.contract.persistence.Hazard;
import cn.safetysupervision.contract.persistence.Report;
import cn.safetysupervision.contract.persistence.SiteVisit;
import cn.safetysupervision.contract.persistence.WrittenNotice;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.util.List;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface ContractApiMapper {

    @Mapping(target = "client.name", source = "contract.clientName")
    @Mapping(target = "client.creditCode", source = "contract.clientCreditCode")
    @Mapping(target = "client.industry", source = "contract.clientIndustry")
    @Mapping(target = "client.address", source = "contract.clientAddress")
    @Mapping(target = "client.contact", source = "contract.clientContact")
    ContractViews.ContractView toView(Contract contract, List<ContractDeadline> deadlines);

    ContractViews.DeadlineView toView(ContractDeadline deadline);

    ContractViews.WrittenNoticeView toView(WrittenNotice notice);

    ContractViews.SiteVisitView toView(SiteVisit visit);

    ContractViews.EvidenceView toView(Evidence evidence);

    ContractViews.HazardView toView(Hazard hazard);

    ContractViews.ReportView toView(Report report);

    ContractViews.FollowUpView toView(FollowUp followUp);

    ContractViews.CalendarDayView toView(CalendarDay day);
}
