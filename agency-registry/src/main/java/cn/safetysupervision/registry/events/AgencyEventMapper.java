package cn.safetysupervision.registry.events;

import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.registry.persistence.Agency;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Entities never leave the service: events are narrow, explicit projections of them. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface AgencyEventMapper {

    @Mapping(target = "agencyId", source = "id")
    AgencyRegisteredV1 registered(Agency agency);
}
