package cn.safetysupervision.compliance.domain.rules.registry;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 第十四条第（四）项, forged, transferred or rented certificates, as far as data shows them: a contract's staff
 * list names a practitioner credential that is at work on an open contract of another agency at the same time.
 * Version 2 (issue 14): a certificate number two agencies claim is no longer a finding by itself — agency-registry
 * raises a conflict for a person to decide, and the old {@code duplicate-claim-refused.v1} events still on the
 * topic are not judged.
 */
@Singleton
public class Art14Item4CertificateMisuse extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item4CertificateMisuse(ComplianceFacts facts) {
        super("ART14-4", 2, "第十四条第（四）项", "伪造、转让或者租借资质、资格证书",
                "Forged, transferred or rented certificates (one credential on open contracts of two agencies at once)", Severity.SEVERE);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.SIGNED_V1.type(), ContractEvents.AMENDED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var contract = facts.contract(UUID.fromString(event.data().path("contractId").asText())).orElse(null);
        if (contract == null || contract.staffing().isEmpty() || !contract.isOpen()) {
            return List.of();
        }
        var elsewhere = facts.credentialsOnOpenContractsOfOtherAgencies(contract.agencyId(),
                ComplianceFacts.Contract.credentialNumbers(contract.staffing()));
        if (elsewhere.isEmpty()) {
            return List.of();
        }
        String uses = String.join("; ", elsewhere.stream()
                .map(e -> e.credentialNumber() + " @ " + e.agencyId() + " " + e.contractNumber()).toList());
        return List.of(new Violation(contract.agencyId(), SubjectType.CONTRACT, contract.contractId(),
                Facts.of("contractNumber", contract.contractNumber()).and("clientName", contract.clientName())
                        .and("credentialsOnOpenContractsOfOtherAgencies", uses).map()));
    }
}
