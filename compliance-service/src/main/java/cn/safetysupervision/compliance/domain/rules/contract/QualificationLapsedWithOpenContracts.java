package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * A qualification expired, was suspended or revoked while the agency still has open contracts of a service type
 * that no other valid qualification covers: one finding per such contract.
 */
@Singleton
public class QualificationLapsedWithOpenContracts extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public QualificationLapsedWithOpenContracts(ComplianceFacts facts) {
        super("QUAL-OPEN-1", 1, "第十四条第（二）项", "资质失效时仍有未完成的服务合同",
                "Qualification expired, suspended or revoked while contracts it covers are still open", Severity.MAJOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(RegistryEvents.QUALIFICATION_EXPIRED_V1.type(), RegistryEvents.QUALIFICATION_SUSPENDED_V1.type(),
                RegistryEvents.QUALIFICATION_REVOKED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var data = event.data();
        var agencyId = java.util.UUID.fromString(data.path("agencyId").asText());
        String certificate = data.path("certificateNumber").asText();
        var day = ContractRuleSupport.eventDay(event);
        var stillValid = facts.qualifications(agencyId).stream().filter(q -> q.validOn(day)).toList();
        return facts.openContracts(agencyId).stream()
                .filter(c -> stillValid.stream().noneMatch(q -> q.covers(c.serviceType(), c.clientIndustry())))
                .map(c -> ContractRuleSupport.onContract(c, Facts.of("certificateNumber", certificate)
                        .and("qualificationStatus", data.path("status").asText())
                        .and("lapsedOn", day)
                        .and("contractStatus", c.status())))
                .toList();
    }
}
