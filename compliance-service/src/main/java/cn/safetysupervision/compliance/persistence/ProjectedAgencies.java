package cn.safetysupervision.compliance.persistence;

import cn.safetysupervision.platform.security.KnownAgencies;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The agencies this service knows: the agencies the registry's events told this service about. */
@ApplicationScoped
public class ProjectedAgencies implements KnownAgencies {

    @Override
    public boolean isKnown(UUID agencyId) {
        return MonitoredAgency.count("agencyId", agencyId) > 0;
    }
}
