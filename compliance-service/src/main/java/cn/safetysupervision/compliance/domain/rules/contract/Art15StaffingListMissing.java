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

/** 第十五条第5项: 未提供项目配备专业技术人员一览表（附件3） */
@Singleton
public class Art15StaffingListMissing extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art15StaffingListMissing(ComplianceFacts facts) {
        super("ART15-1", 1, "第十五条第5项", "未提供项目配备专业技术人员一览表（附件3）", "Contract without a project staffing list (附件3)", Severity.MINOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.SIGNED_V1.type(), ContractEvents.AMENDED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var contract = facts.contract(ContractRuleSupport.contractId(event)).orElse(null);
        if (contract == null || !contract.staffing().isEmpty()) {
            return List.of();
        }
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("staffing", "empty")));
    }
}
