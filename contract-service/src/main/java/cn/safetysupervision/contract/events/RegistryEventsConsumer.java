package cn.safetysupervision.contract.events;

import cn.safetysupervision.contract.domain.RegistryProjection;
import cn.safetysupervision.platform.events.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** agency-registry's events into the local projection, once per event. */
@ApplicationScoped
public class RegistryEventsConsumer {

    private final InboundEvents inbound;
    private final RegistryProjection projection;

    RegistryEventsConsumer(InboundEvents inbound, RegistryProjection projection) {
        this.inbound = inbound;
        this.projection = projection;
    }

    @Incoming("registry-agency")
    @Blocking(ordered = true)
    public void onAgencyEvent(ConsumerRecord<String, String> record) {
        inbound.handle("contract.registry-agency", record, projection::apply);
    }

    @Incoming("registry-qualification")
    @Blocking(ordered = true)
    public void onQualificationEvent(ConsumerRecord<String, String> record) {
        inbound.handle("contract.registry-qualification", record, projection::apply);
    }

    @Incoming("registry-practitioner")
    @Blocking(ordered = true)
    public void onPractitionerEvent(ConsumerRecord<String, String> record) {
        inbound.handle("contract.registry-practitioner", record, projection::apply);
    }
}
