package cn.safetysupervision.contract.persistence;

import cn.safetysupervision.platform.security.KnownAgencies;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The agencies this service knows: the projection of the registry's agency events. */
@ApplicationScoped
public class ProjectedAgencies implements KnownAgencies {

    @Override
    public boolean isKnown(UUID agencyId) {
        return RegistryAgency.count("id", agencyId) > 0;
    }
}
