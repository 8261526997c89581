package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.persistence.MonitoredAgency;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Keeps {@link MonitoredAgency} in step with agency-registry. */
@ApplicationScoped
public class AgencyProjection {

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(String eventId, AgencyRegisteredV1 event) {
        MonitoredAgency agency = MonitoredAgency.<MonitoredAgency>findByIdOptional(event.agencyId())
                .orElseGet(MonitoredAgency::new);
        agency.agencyId = event.agencyId();
        agency.creditCode = event.creditCode();
        agency.name = event.name();
        agency.status = event.status();
        agency.registeredAt = event.registeredAt();
        agency.lastEventId = eventId;
        agency.updatedAt = Instant.now();
        agency.persist();
    }
}
