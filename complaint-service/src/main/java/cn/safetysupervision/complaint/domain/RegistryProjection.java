package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.persistence.RegistryAgency;
import cn.safetysupervision.events.registry.AgencyChangedV1;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.AgencyStatusChangedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Agencies as agency-registry publishes them, so a reporter can name one by name or 统一社会信用代码. */
@ApplicationScoped
public class RegistryProjection {

    public void apply(IncomingEvent event) {
        if (event.type().equals(RegistryEvents.AGENCY_REGISTERED_V1.type())) {
            AgencyRegisteredV1 e = event.dataAs(AgencyRegisteredV1.class);
            upsert(e.agencyId(), e.creditCode(), e.name(), e.status());
        } else if (event.type().equals(RegistryEvents.AGENCY_CHANGED_V1.type())) {
            AgencyChangedV1 e = event.dataAs(AgencyChangedV1.class);
            upsert(e.agencyId(), e.creditCode(), e.agencyName(), e.status());
        } else if (event.type().equals(RegistryEvents.AGENCY_STATUS_CHANGED_V1.type())) {
            AgencyStatusChangedV1 e = event.dataAs(AgencyStatusChangedV1.class);
            RegistryAgency agency = RegistryAgency.findById(e.agencyId());
            if (agency != null) {
                agency.status = e.status();
                agency.updatedAt = Instant.now();
            }
        }
    }

    private static void upsert(UUID id, String creditCode, String name, String status) {
        RegistryAgency agency = RegistryAgency.findById(id);
        if (agency == null) {
            agency = new RegistryAgency();
            agency.id = id;
        }
        agency.creditCode = creditCode;
        agency.name = name;
        agency.status = status;
        agency.updatedAt = Instant.now();
        agency.persist();
    }

    /** Agencies whose credit code is the query, or whose name contains it (at most 10). */
    public List<RegistryAgency> search(String query) {
        String q = query == null ? "" : query.trim();
        if (q.length() < 2) {
            return List.of();
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return RegistryAgency.find("creditCode = ?1 or name like ?2 order by name", q.toUpperCase(), like)
                .page(0, 10).list();
    }
}
