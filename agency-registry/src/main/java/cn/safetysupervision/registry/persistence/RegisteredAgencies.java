package cn.safetysupervision.registry.persistence;

import cn.safetysupervision.platform.security.KnownAgencies;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The agencies this service knows: the registry's own agency table. */
@ApplicationScoped
public class RegisteredAgencies implements KnownAgencies {

    @Override
    public boolean isKnown(UUID agencyId) {
        return Agency.count("id", agencyId) > 0;
    }
}
