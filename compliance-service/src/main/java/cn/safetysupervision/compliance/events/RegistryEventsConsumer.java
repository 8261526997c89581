package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.domain.AgencyProjection;
import cn.safetysupervision.compliance.domain.RegistryProjection;
import cn.safetysupervision.compliance.domain.CreditService;
import cn.safetysupervision.compliance.domain.RuleEngine;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.InboundEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Translates agency-registry's published events into this service's projections, once per event, and lets the
 * rules judge each one. Types it does not use change nothing.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    static final String AGENCY_CONSUMER = "compliance.registry-agency";
    static final String QUALIFICATION_CONSUMER = "compliance.registry-qualification";
    static final String PRACTITIONER_CONSUMER = "compliance.registry-practitioner";

    private final InboundEvents inbound;
    private final AgencyProjection agencies;
    private final RegistryProjection registry;
    private final RuleEngine rules;
    private final CreditService credit;

    RegistryEventsConsumer(InboundEvents inbound, AgencyProjection agencies, RegistryProjection registry, RuleEngine rules,
                           CreditService credit) {
        this.inbound = inbound;
        this.agencies = agencies;
        this.registry = registry;
        this.rules = rules;
        this.credit = credit;
    }

    @Incoming("registry-agency")
    @Blocking(ordered = true)
    public void onAgencyEvents(ConsumerRecords<String, String> records) {
        handle(AGENCY_CONSUMER, records);
    }

    @Incoming("registry-qualification")
    @Blocking(ordered = true)
    public void onQualificationEvents(ConsumerRecords<String, String> records) {
        handle(QUALIFICATION_CONSUMER, records);
    }

    @Incoming("registry-practitioner")
    @Blocking(ordered = true)
    public void onPractitionerEvents(ConsumerRecords<String, String> records) {
        handle(PRACTITIONER_CONSUMER, records);
    }

    private void handle(String consumer, ConsumerRecords<String, String> records) {
        // Integrity records are locked at the end of each transaction, in agency order (see CreditService).
        inbound.handleBatch(consumer, records, event -> {
            credit.deferAdditionsUntilCommit();
            apply(event);
        }, credit::applyDeferredAdditions);
    }

    /** Projection first, then the rules, in the event's transaction. */
    public void apply(IncomingEvent event) {
        if (RegistryEvents.AGENCY_REGISTERED_V1.type().equals(event.type())) {
            agencies.registered(event.id(), event.dataAs(AgencyRegisteredV1.class));
        } else {
            registry.apply(event);
        }
        rules.judge(event);
    }
}
