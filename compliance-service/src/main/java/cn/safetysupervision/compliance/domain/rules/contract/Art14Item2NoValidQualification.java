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

/** 第十四条第（二）项: 不再具备资质条件或者资质过期从事安全生产技术服务活动 */
@Singleton
public class Art14Item2NoValidQualification extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item2NoValidQualification(ComplianceFacts facts) {
        super("ART14-2", 1, "第十四条第（二）项", "不再具备资质条件或者资质过期从事安全生产技术服务活动", "Contract signed without a valid qualification (expired, suspended, revoked or none)", Severity.SEVERE);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.SIGNED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var contract = facts.contract(ContractRuleSupport.contractId(event)).orElse(null);
        if (contract == null) {
            return List.of();
        }
        var qualifications = facts.qualifications(contract.agencyId());
        if (qualifications.stream().anyMatch(q -> q.validOn(contract.signedDate()))) {
            return List.of();
        }
        String held = qualifications.isEmpty() ? "none" : String.join("; ", qualifications.stream()
                .map(q -> q.certificateNumber() + " " + q.status() + " " + q.validFrom() + ".." + q.validTo()).toList());
        return List.of(ContractRuleSupport.onContract(contract,
                Facts.of("signedDate", contract.signedDate()).and("qualifications", held)));
    }
}
