package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 第十六条: a fee below the configured share of the association's reference price for the service type and the
 * client's industry is suspected malicious under-pricing. Without a reference price there is nothing to judge.
 */
@Singleton
public class Art16Underpricing extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;
    private final ComplianceConfig config;

    public Art16Underpricing(ComplianceFacts facts, ComplianceConfig config) {
        super("ART16-1", 1, "第十六条", "恶意压价，扰乱市场秩序",
                "Fee far below the association's reference price (suspected malicious under-pricing)", Severity.MAJOR);
        this.facts = facts;
        this.config = config;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("underpricingRatio", config.rules().underpricingRatio());
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
        var reference = facts.referencePrice(contract.serviceType(), contract.clientIndustry()).orElse(null);
        if (reference == null) {
            return List.of();
        }
        BigDecimal floor = reference.multiply(config.rules().underpricingRatio()).setScale(2, RoundingMode.HALF_UP);
        if (contract.feeTotal().compareTo(floor) >= 0) {
            return List.of();
        }
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("feeTotal", contract.feeTotal().toPlainString())
                .and("referencePrice", reference.toPlainString())
                .and("ratio", config.rules().underpricingRatio().toPlainString())
                .and("floor", floor.toPlainString())));
    }
}
