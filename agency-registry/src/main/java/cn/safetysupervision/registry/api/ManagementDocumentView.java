package cn.safetysupervision.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A management-system document of an agency. */
public record ManagementDocumentView(UUID id, UUID agencyId, String title, String version, LocalDate effectiveOn,
                                     String recordedBy, Instant recordedAt) {
}
