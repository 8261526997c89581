package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.persistence.Agency;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface AgencyApiMapper {

    AgencyView toView(Agency agency);
}
