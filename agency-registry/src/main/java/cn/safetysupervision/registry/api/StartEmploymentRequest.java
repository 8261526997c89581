package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/agencies/{id}/employments}. */
/**
 * The person is named either by {@code practitionerId} (one the agency registered or employs, or any for supervisors)
 * or by {@code idNumber} and {@code name} (issue 14: links to the existing record without revealing it).
 * {@code employedFrom} is a typed date (not in the future, for an agency within the grace before today);
 * {@code backdatingReason}: a regulator or the association recording an older start.
 */
public record StartEmploymentRequest(UUID practitionerId, @NotNull EmploymentType employmentType,
                                     @NotNull LocalDate employedFrom, LocalDate employedTo,
                                     @Size(max = 18) String idNumber, @Size(max = 100) String name,
                                     @Size(max = 1000) String backdatingReason) {
}
