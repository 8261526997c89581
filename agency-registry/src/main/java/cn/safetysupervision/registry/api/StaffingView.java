package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Computed roster counts of an agency (today). */
public record StaffingView(UUID agencyId, LocalDate countedOn, int safetyAssessors, int registeredSafetyEngineers,
                           int intermediateOrHigherTitles, int fullTimeQualifiedStaff, int scopeEntries,
                           int requiredFullTimeQualifiedStaff, boolean belowThreshold) {
}
