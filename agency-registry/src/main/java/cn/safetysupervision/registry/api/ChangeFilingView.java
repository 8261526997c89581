package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A change that must be filed; open while filedOn (the date of receipt a regulator or the association confirmed) is
 * null. submittedOn/submittedBy: the agency's own submission, which does not close it.
 */
public record ChangeFilingView(UUID id, UUID agencyId, List<String> changedFields, Instant changedAt, LocalDate dueOn,
                               LocalDate filedOn, String filingReference, String filedBy, boolean open, boolean overdue,
                               LocalDate submittedOn, String submittedBy) {
}
