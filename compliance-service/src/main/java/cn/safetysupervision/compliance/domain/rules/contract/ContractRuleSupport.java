package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.platform.events.IncomingEvent;

import java.time.LocalDate;
import java.util.UUID;

/** Small helpers shared by the contract rules. */
final class ContractRuleSupport {

    private ContractRuleSupport() {
    }

    /** The contract id of any contract event (they all carry it). */
    static UUID contractId(IncomingEvent event) {
        return UUID.fromString(event.data().path("contractId").asText());
    }

    static Violation onContract(ComplianceFacts.Contract contract, Facts facts) {
        return new Violation(contract.agencyId(), SubjectType.CONTRACT, contract.contractId(),
                Facts.of("contractNumber", contract.contractNumber()).and("clientName", contract.clientName())
                        .and("serviceType", contract.serviceType()).and("clientIndustry", contract.clientIndustry())
                        .merge(facts).map());
    }

    /** A missed deadline of a contract; the contract's own facts are added when it is known here. */
    static Violation overdue(ComplianceFacts facts, UUID contractId, UUID agencyId, Facts deadline) {
        return facts.contract(contractId).map(c -> onContract(c, deadline))
                .orElseGet(() -> new Violation(agencyId, SubjectType.CONTRACT, contractId, deadline.map()));
    }

    /** The day the event happened, from ce_time: replays judge with the original day, not today's. */
    static LocalDate eventDay(IncomingEvent event) {
        return event.time() == null ? LocalDate.now(cn.safetysupervision.compliance.domain.CreditService.ZONE)
                : event.time().atZoneSameInstant(cn.safetysupervision.compliance.domain.CreditService.ZONE).toLocalDate();
    }
}
