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

/** 第十五条第3项: 未提供安全生产技术服务承诺书（附件2） */
@Singleton
public class Art15CommitmentLetterMissing extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art15CommitmentLetterMissing(ComplianceFacts facts) {
        super("ART15-2", 1, "第十五条第3项", "未提供安全生产技术服务承诺书（附件2）", "Contract signed while the agency has no signed commitment letter (附件2)", Severity.MINOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.SIGNED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var contract = facts.contract(ContractRuleSupport.contractId(event)).orElse(null);
        if (contract == null || facts.commitmentSigned(contract.agencyId(), contract.signedDate())) {
            return List.of();
        }
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("signedDate", contract.signedDate())
                .and("commitmentLetter", "none signed on or before the signing date")));
    }
}
