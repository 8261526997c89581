package cn.safetysupervision.registry.api;

import java.time.Instant;
import java.util.UUID;

/** An agency as the API shows it. */
public record AgencyView(
        UUID id,
        String creditCode,
        String name,
        String legalRepresentative,
        String registeredAddress,
        String status,
        Instant registeredAt,
        Instant updatedAt,
        long version) {
}
