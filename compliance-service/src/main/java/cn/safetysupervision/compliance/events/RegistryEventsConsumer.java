package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.domain.AgencyProjection;
import cn.safetysupervision.compliance.domain.RegistryProjection;
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

    RegistryEventsConsumer(InboundEvents inbound, AgencyProjection agencies, RegistryProjection registry, RuleEngine rules) {
        this.inbound = inbound;
        this.agencies = agencies;
        this.registry = registry;
        this.rules = rules;
    }

    @Incoming("registry-agency")
    @Blocking(ordered = true)
    public void onAgencyEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch(AGENCY_CONSUMER, records, this::apply);
    }

    @Incoming("registry-qualification")
    @Blocking(ordered = true)
    public void onQualificationEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch(QUALIFICATION_CONSUMER, records, this::apply);
    }

    @Incoming("registry-practitioner")
    @Blocking(ordered = true)
    public void onPractitionerEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch(PRACTITIONER_CONSUMER, records, this::apply);
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
