package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An employment; active is computed for today. */
public record EmploymentView(UUID id, UUID agencyId, UUID practitionerId, String practitionerName,
                             EmploymentType employmentType, LocalDate employedFrom, LocalDate employedTo, boolean active,
                             long version) {
}
