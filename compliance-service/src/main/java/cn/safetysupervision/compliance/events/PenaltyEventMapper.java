package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.persistence.PenaltyDecision;
import cn.safetysupervision.events.compliance.PenaltyDecidedV1;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** The penalty-decided event is a projection of the recorded decision. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface PenaltyEventMapper {

    @Mapping(target = "penaltyId", source = "id")
    PenaltyDecidedV1 decided(PenaltyDecision decision);
}
