package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.domain.ContractProjection;
import cn.safetysupervision.compliance.domain.RuleEngine;
import cn.safetysupervision.platform.events.InboundEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Contract-service's contract topic into this service's projections, once per event; then the rules judge it.
 * Records come in polled batches, each applied in one transaction (see {@code InboundEvents.handleBatch}).
 */
@ApplicationScoped
public class ContractEventsConsumer {

    static final String CONSUMER = "compliance.contract-contract";

    private final InboundEvents inbound;
    private final ContractProjection contracts;
    private final RuleEngine rules;

    ContractEventsConsumer(InboundEvents inbound, ContractProjection contracts, RuleEngine rules) {
        this.inbound = inbound;
        this.contracts = contracts;
        this.rules = rules;
    }

    @Incoming("contract-contract")
    @Blocking(ordered = true)
    public void onContractEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch(CONSUMER, records, this::apply);
    }

    public void apply(IncomingEvent event) {
        contracts.apply(event);
        rules.judge(event);
    }
}
