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

/** 第十四条第（三）项: 超出核定业务范围从事安全生产技术服务活动 */
@Singleton
public class Art14Item3BeyondScope extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item3BeyondScope(ComplianceFacts facts) {
        super("ART14-3", 1, "第十四条第（三）项", "超出核定业务范围从事安全生产技术服务活动", "Contract beyond the approved business scope (service type or client industry)", Severity.MAJOR);
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
        var valid = facts.qualifications(contract.agencyId()).stream().filter(q -> q.validOn(contract.signedDate())).toList();
        // Without any valid qualification ART14-2 applies instead.
        if (valid.isEmpty() || valid.stream().anyMatch(q -> q.covers(contract.serviceType(), contract.clientIndustry()))) {
            return List.of();
        }
        String scope = String.join("; ", valid.stream().flatMap(q -> q.scope().stream())
                .map(s -> s.serviceType() + "/" + s.industry()).distinct().toList());
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("approvedScope", scope)));
    }
}
