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

/** 第十五条第4项: 专业技术人员与使用单位的行业属性不相适应 */
@Singleton
public class Art15IndustryMismatch extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art15IndustryMismatch(ComplianceFacts facts) {
        super("ART15-3", 1, "第十五条第4项", "专业技术人员与使用单位的行业属性不相适应", "Staff whose credentials do not cover the client's industry", Severity.MAJOR);
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
        String industry = contract.clientIndustry();
        // A credential whose specialty is unknown cannot be judged; one that names another industry can.
        List<String> mismatched = contract.staffing().stream()
                .filter(m -> m.credentialSpecialty() != null && !m.credentialSpecialty().isBlank())
                .filter(m -> !m.credentialSpecialty().contains(industry) && !industry.contains(m.credentialSpecialty()))
                .map(m -> m.practitionerName() + " (" + m.credentialSpecialty() + ")").toList();
        if (mismatched.isEmpty()) {
            return List.of();
        }
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("staffNotCoveringIndustry", String.join("; ", mismatched))));
    }
}
