package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.persistence.PenaltyDecision;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface PenaltyDecisionMapper {

    PenaltyDecisionView toView(PenaltyDecision decision);
}
