package cn.safetysupervision.complaint.events;

import cn.safetysupervision.complaint.domain.Calendar;
import cn.safetysupervision.complaint.domain.RegistryProjection;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.events.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Registry agencies and contract-service's calendar years, once per event ({@code InboundEvents}). */
@ApplicationScoped
public class InboundConsumers {

    private final InboundEvents inbound;
    private final RegistryProjection registry;
    private final Calendar calendar;

    InboundConsumers(InboundEvents inbound, RegistryProjection registry, Calendar calendar) {
        this.inbound = inbound;
        this.registry = registry;
        this.calendar = calendar;
    }

    @Incoming("registry-agency")
    @Blocking(ordered = true)
    public void onAgencyEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("complaint.registry-agency", records, registry::apply);
    }

    @Incoming("contract-calendar")
    @Blocking(ordered = true)
    public void onCalendarEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch("complaint.contract-calendar", records, event -> {
            if (event.type().equals(ContractEvents.CALENDAR_YEAR_PUBLISHED_V1.type())) {
                calendar.apply(event.dataAs(CalendarYearPublishedV1.class));
            }
        });
    }
}
