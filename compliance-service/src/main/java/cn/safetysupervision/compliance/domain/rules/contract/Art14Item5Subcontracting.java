package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** 第十四条第（五）项: 对承接的服务项目委托、转让或者转包给其他第三方机构 */
@Singleton
public class Art14Item5Subcontracting extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item5Subcontracting(ComplianceFacts facts) {
        super("ART14-5", 1, "第十四条第（五）项", "对承接的服务项目委托、转让或者转包给其他第三方机构", "Project staff not employed by the contracting agency (suspected subcontracting)", Severity.SEVERE);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.SIGNED_V1.type(), ContractEvents.AMENDED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var contract = facts.contract(ContractRuleSupport.contractId(event)).orElse(null);
        if (contract == null) {
            return List.of();
        }
        List<String> outsiders = contract.staffing().stream()
                .filter(m -> !facts.employedAt(m.practitionerId(), contract.agencyId(), contract.signedDate()))
                .map(m -> m.practitionerName() + " (" + m.practitionerId() + ")").toList();
        if (outsiders.isEmpty()) {
            return List.of();
        }
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("notEmployedByAgency", String.join("; ", outsiders))));
    }
}
