package cn.safetysupervision.compliance.domain.rules.registry;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.StaffMemberV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 第十四条第（十）项 on evidence of actual dual work (version 2, issue 14): a person employed full-time at one agency
 * is named on the staff list of another agency's open contract, on its signing day. The finding is on the
 * practitioner, charged to the agency whose contract names them. A refused second full-time hire is no longer a
 * finding (version 1 fired on it): one of the two employment records may simply be wrong, so it goes to the review
 * queue instead.
 */
@Singleton
public class Art14Item10DualFullTimeEmployment extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item10DualFullTimeEmployment(ComplianceFacts facts) {
        super("ART14-10", 2, "第十四条第（十）项", "专职安全评价师、专业技术人员同时在两个以上机构从业",
                "Full-time staff of one agency working on another agency's contract", Severity.MAJOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.SIGNED_V1.type(), ContractEvents.AMENDED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var contract = facts.contract(UUID.fromString(event.data().path("contractId").asText())).orElse(null);
        if (contract == null || contract.staffing().isEmpty() || !contract.isOpen() || contract.signedDate() == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (StaffMemberV1 member : contract.staffing()) {
            if (member.practitionerId() == null) {
                continue;
            }
            facts.fullTimeEmployerOtherThan(member.practitionerId(), contract.agencyId(), contract.signedDate())
                    .ifPresent(other -> violations.add(new Violation(contract.agencyId(), SubjectType.PRACTITIONER,
                            member.practitionerId(), Facts.of("practitionerName", member.practitionerName())
                            .and("contractNumber", contract.contractNumber())
                            .and("onDay", contract.signedDate())
                            .and("conflictingAgencyId", other).map())));
        }
        return violations;
    }
}
