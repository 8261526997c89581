package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.domain.AgencyProjection;
import cn.safetysupervision.compliance.domain.RuleEngine;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.platform.events.InboundEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Translates agency-registry's published events into this service's own projection, once per event. */
@ApplicationScoped
public class RegistryEventsConsumer {

    static final String CONSUMER = "compliance.registry-agency";
    private static final Logger LOG = Logger.getLogger(RegistryEventsConsumer.class);

    private final InboundEvents inbound;
    private final AgencyProjection agencies;
    private final RuleEngine rules;

    RegistryEventsConsumer(InboundEvents inbound, AgencyProjection agencies, RuleEngine rules) {
        this.inbound = inbound;
        this.agencies = agencies;
        this.rules = rules;
    }

    @Incoming("registry-agency")
    @Blocking(ordered = true)
    public void onAgencyEvent(ConsumerRecord<String, String> record) {
        inbound.handle(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (RegistryEvents.AGENCY_REGISTERED_V1.type().equals(event.type())) {
            agencies.registered(event.id(), event.dataAs(AgencyRegisteredV1.class));
        } else {
            LOG.debugf("ignoring %s: not used by compliance rules", event.type());
        }
        rules.judge(event);
    }
}
