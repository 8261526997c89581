package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.ContractProjection;
import cn.safetysupervision.compliance.domain.CreditService;
import cn.safetysupervision.compliance.domain.RuleEngine;
import cn.safetysupervision.platform.events.InboundEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Optional;
import java.util.UUID;

/**
 * Contract-service's contract topic into this service's projections, once per event; then the rules judge it.
 * Records come in polled batches, applied in a few transactions side by side, records of one contract in order
 * (see {@code InboundEvents.handleBatch}).
 */
@ApplicationScoped
public class ContractEventsConsumer {

    static final String CONSUMER = "compliance.contract-contract";

    private final InboundEvents inbound;
    private final ContractProjection contracts;
    private final RuleEngine rules;
    private final ComplianceFacts facts;
    private final CreditService credit;

    ContractEventsConsumer(InboundEvents inbound, ContractProjection contracts, RuleEngine rules, ComplianceFacts facts,
                           CreditService credit) {
        this.inbound = inbound;
        this.contracts = contracts;
        this.rules = rules;
        this.facts = facts;
        this.credit = credit;
    }

    @Incoming("contract-contract")
    @Blocking(ordered = true)
    public void onContractEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch(CONSUMER, records, events -> {
            facts.rememberFactsOutsideContractsUntilCommit();
            facts.readAheadFactsOutsideContracts(events.stream().map(ContractEventsConsumer::agencyId)
                    .flatMap(Optional::stream).toList());
            // Integrity records are locked at the end of each transaction, in agency order (see CreditService).
            credit.deferAdditionsUntilCommit();
        }, this::apply, credit::applyDeferredAdditions);
    }

    /** Contract events name the agency whose contract it is (all but a few types). */
    private static Optional<UUID> agencyId(IncomingEvent event) {
        String id = event.data() == null ? null : event.data().path("agencyId").asText(null);
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public void apply(IncomingEvent event) {
        // One judgement from the projection's write on: the rules read the contract as it was just written.
        facts.duringOneJudgement(() -> {
            contracts.apply(event);
            return rules.judge(event);
        });
    }
}
