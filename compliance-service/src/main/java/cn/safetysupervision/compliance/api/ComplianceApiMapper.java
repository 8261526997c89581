package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.persistence.CreditGradeChange;
import cn.safetysupervision.compliance.persistence.DishonestyListing;
import cn.safetysupervision.compliance.persistence.Finding;
import cn.safetysupervision.compliance.persistence.ListingProposal;
import cn.safetysupervision.compliance.persistence.MonitoredAgency;
import cn.safetysupervision.compliance.persistence.ReferencePrice;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface ComplianceApiMapper {

    @Mapping(target = "registryStatus", source = "agency.status")
    @Mapping(target = "agencyId", source = "agency.agencyId")
    ComplianceSummaryView toSummary(MonitoredAgency agency, String creditGrade, int creditPoints, long openFindings,
                                    long totalFindings, boolean onDishonestyList);

    @Mapping(target = "withheldFacts", constant = "0")
    FindingView toView(Finding finding);

    CreditView.ProposalView toView(ListingProposal proposal);

    CreditView.GradeChangeView toView(CreditGradeChange change);

    CreditView.ListingView toView(DishonestyListing listing);

    ReferencePriceView toView(ReferencePrice price);
}
