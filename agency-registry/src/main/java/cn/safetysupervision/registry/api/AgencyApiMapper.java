package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.AgencyData;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.AgencyChange;
import cn.safetysupervision.registry.persistence.ChangeFiling;
import cn.safetysupervision.registry.persistence.Commitment;
import cn.safetysupervision.registry.persistence.Credential;
import cn.safetysupervision.registry.persistence.Employment;
import cn.safetysupervision.registry.persistence.Qualification;
import cn.safetysupervision.registry.persistence.ScopeEntry;
import cn.safetysupervision.registry.persistence.Training;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface AgencyApiMapper {

    AgencyView toView(Agency agency);

    AgencyData toData(RegisterAgencyRequest request);

    AgencyData toData(UpdateAgencyRequest request);

    @Mapping(target = "before", source = "beforeValue")
    @Mapping(target = "after", source = "afterValue")
    AgencyChangeView toView(AgencyChange change);

    ScopeEntryDto toDto(ScopeEntry entry);

    ScopeEntry toEntry(ScopeEntryDto dto);

    List<ScopeEntry> toEntries(List<ScopeEntryDto> dtos);

    default List<ScopeEntryDto> scope(Qualification q) {
        return q.businessScope.stream()
                .sorted(Comparator.comparing((ScopeEntry e) -> e.serviceType).thenComparing(e -> e.industry))
                .map(this::toDto).toList();
    }

    @Mapping(target = "businessScope", expression = "java(scope(q))")
    QualificationView toView(Qualification q);

    default ChangeFilingView toView(ChangeFiling f) {
        boolean open = f.filedOn == null;
        boolean overdue = open ? AgencyService.today().isAfter(f.dueOn) : f.filedOn.isAfter(f.dueOn);
        return new ChangeFilingView(f.id, f.agencyId, Arrays.asList(f.changedFields.split(",")), f.changedAt, f.dueOn,
                f.filedOn, f.filingReference, f.filedBy, open, overdue, f.submittedOn, f.submittedBy);
    }

    @Mapping(target = "valid", expression = "java(c.validOn(cn.safetysupervision.registry.domain.AgencyService.today()))")
    CredentialView toView(Credential c);

    TrainingView toView(Training t);

    @Mapping(target = "practitionerName", source = "practitionerName")
    @Mapping(target = "active", expression = "java(e.activeOn(cn.safetysupervision.registry.domain.AgencyService.today()))")
    @Mapping(target = "id", source = "e.id")
    @Mapping(target = "version", source = "e.version")
    EmploymentView toView(Employment e, String practitionerName);

    @Mapping(target = "id", source = "c.id")
    @Mapping(target = "agencyId", source = "c.agencyId")
    @Mapping(target = "agencyName", source = "a.name")
    @Mapping(target = "creditCode", source = "a.creditCode")
    @Mapping(target = "commitments", source = "commitments")
    CommitmentView toView(Commitment c, Agency a, List<String> commitments);
}
