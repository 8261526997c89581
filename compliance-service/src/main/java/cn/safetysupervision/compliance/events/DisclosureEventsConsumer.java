package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.domain.CreditService;
import cn.safetysupervision.compliance.domain.RuleEngine;
import cn.safetysupervision.platform.events.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * disclosure-service's report topic: the rules judge each event once (ART11-1 on a disclosure overdue). No
 * projection: what the rule needs is in the event and in the contract projection.
 */
@ApplicationScoped
public class DisclosureEventsConsumer {

    static final String CONSUMER = "compliance.disclosure-report";

    private final InboundEvents inbound;
    private final RuleEngine rules;
    private final CreditService credit;

    DisclosureEventsConsumer(InboundEvents inbound, RuleEngine rules, CreditService credit) {
        this.inbound = inbound;
        this.rules = rules;
        this.credit = credit;
    }

    @Incoming("disclosure-report")
    @Blocking(ordered = true)
    public void onDisclosureEvents(ConsumerRecords<String, String> records) {
        // Integrity records are locked at the end of each transaction, in agency order (see CreditService).
        inbound.handleBatch(CONSUMER, records, events -> credit.deferAdditionsUntilCommit(),
                rules::judge, credit::applyDeferredAdditions);
    }
}
