package cn.safetysupervision.contract.events;

import cn.safetysupervision.contract.domain.RegistryProjection;
import cn.safetysupervision.platform.events.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * agency-registry's events into the local projection, once per event. Records come in polled batches, applied in a
 * few transactions side by side, records of one key in order ({@code InboundEvents.handleBatch}, which also
 * dead-letters what cannot be applied).
 */
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
    public void onAgencyEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("contract.registry-agency", records, projection::apply);
    }

    @Incoming("registry-qualification")
    @Blocking(ordered = true)
    public void onQualificationEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("contract.registry-qualification", records, projection::apply);
    }

    @Incoming("registry-practitioner")
    @Blocking(ordered = true)
    public void onPractitionerEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("contract.registry-practitioner", records, projection::apply);
    }
}
