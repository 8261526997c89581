package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.domain.WorkingDays;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.events.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** contract-service's working-day calendar years, once per event: the response windows are counted on them. */
@ApplicationScoped
public class CalendarEventsConsumer {

    static final String CONSUMER = "compliance.contract-calendar";

    private final InboundEvents inbound;
    private final WorkingDays workingDays;

    CalendarEventsConsumer(InboundEvents inbound, WorkingDays workingDays) {
        this.inbound = inbound;
        this.workingDays = workingDays;
    }

    @Incoming("contract-calendar")
    @Blocking(ordered = true)
    public void onCalendarEvents(ConsumerRecords<String, String> records) {
        inbound.handleBatch(CONSUMER, records, event -> {
            if (event.type().equals(ContractEvents.CALENDAR_YEAR_PUBLISHED_V1.type())) {
                workingDays.apply(event.dataAs(CalendarYearPublishedV1.class));
            }
        });
    }
}
