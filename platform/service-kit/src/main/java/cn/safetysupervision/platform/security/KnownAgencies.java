package cn.safetysupervision.platform.security;

import java.util.UUID;

/**
 * Which agencies this service knows: the registry its own table, every other service its projection of the
 * registry's agency events. {@link Caller#knownAgencyId()} refuses to create anything for an agency it does not know.
 */
public interface KnownAgencies {

    boolean isKnown(UUID agencyId);
}
