package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.persistence.Equipment;
import cn.safetysupervision.registry.persistence.ManagementDocument;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface FacilitiesMapper {

    @Mapping(target = "calibrationCurrent", expression = "java(e.calibrationValidTo == null || !e.calibrationValidTo.isBefore(cn.safetysupervision.registry.domain.AgencyService.today()))")
    EquipmentView toView(Equipment e);

    ManagementDocumentView toView(ManagementDocument d);
}
