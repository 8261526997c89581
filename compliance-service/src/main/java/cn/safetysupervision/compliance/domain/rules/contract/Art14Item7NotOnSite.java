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

/** 第十四条第（七）项: 应到而不到现场开展安全生产技术服务活动 */
@Singleton
public class Art14Item7NotOnSite extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item7NotOnSite(ComplianceFacts facts) {
        super("ART14-7", 1, "第十四条第（七）项", "应到而不到现场开展安全生产技术服务活动", "Report issued for a service requiring site work with none of the project staff recorded on site", Severity.MAJOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.REPORT_SUBMITTED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var contract = facts.contract(ContractRuleSupport.contractId(event)).orElse(null);
        if (contract == null || !contract.siteWorkRequired()) {
            return List.of();
        }
        var attendees = facts.siteVisitAttendees(contract.contractId());
        boolean staffOnSite = contract.staffing().stream().anyMatch(m -> attendees.contains(m.practitionerId()));
        if (staffOnSite) {
            return List.of();
        }
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("reportNumber", event.data().path("reportNumber").asText())
                .and("siteVisits", facts.siteVisits(contract.contractId()))));
    }
}
