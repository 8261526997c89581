package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.persistence.MonitoredAgency;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface ComplianceApiMapper {

    @Mapping(target = "registryStatus", source = "status")
    ComplianceSummaryView toSummary(MonitoredAgency agency);
}
