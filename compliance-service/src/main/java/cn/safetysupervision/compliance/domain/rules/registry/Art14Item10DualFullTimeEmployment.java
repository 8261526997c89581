package cn.safetysupervision.compliance.domain.rules.registry;

import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.registry.EmploymentConflictRefusedV2;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * 第十四条第（十）项: the same person (same 身份证) was put forward as full-time staff of a second agency while
 * employed full-time at another. The finding is on the practitioner, charged to the agency that asked.
 */
@Singleton
public class Art14Item10DualFullTimeEmployment extends BaseRule implements AutomaticRule {

    public Art14Item10DualFullTimeEmployment() {
        super("ART14-10", 1, "第十四条第（十）项", "专职安全评价师、专业技术人员同时在两个以上机构从业",
                "Full-time staff working at two or more agencies at once", Severity.MAJOR);
    }

    @Override
    public Set<String> triggers() {
        return Set.of(RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V2.type(),
                RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var conflict = event.dataAs(EmploymentConflictRefusedV2.class);
        return List.of(new Violation(conflict.requestedAgencyId(), SubjectType.PRACTITIONER, conflict.practitionerId(),
                Facts.of("practitionerName", conflict.practitionerName())
                        .and("requestedEmploymentType", conflict.requestedEmploymentType())
                        .and("requestedFrom", conflict.requestedFrom())
                        .and("conflictingAgencyId", conflict.conflictingAgencyId())
                        .and("conflictingAgencyName", conflict.conflictingAgencyName())
                        .and("conflictingFrom", conflict.conflictingFrom()).map()));
    }
}
