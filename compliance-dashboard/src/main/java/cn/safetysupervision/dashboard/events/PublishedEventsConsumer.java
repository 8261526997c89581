package cn.safetysupervision.dashboard.events;

import cn.safetysupervision.dashboard.domain.FeedProjector;
import cn.safetysupervision.platform.events.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads every published topic, like an integrator: one channel subscribed by pattern, so a topic another service
 * starts publishing (complaint.case, disclosure.report, compliance.sanction …) is read without a change here.
 */
@ApplicationScoped
public class PublishedEventsConsumer {

    static final String CONSUMER = "dashboard.feed";

    private final InboundEvents inbound;
    private final FeedProjector projector;

    PublishedEventsConsumer(InboundEvents inbound, FeedProjector projector) {
        this.inbound = inbound;
        this.projector = projector;
    }

    @Incoming("published-events")
    @Blocking(ordered = true)
    public void onEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch(CONSUMER, records, fresh -> {
            if (!fresh.isEmpty()) {
                projector.beginTransaction();
            }
        }, projector::apply, () -> {
        });
    }
}
