package cn.safetysupervision.registry.api;

import cn.safetysupervision.registry.domain.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A qualification certificate; PENDING_VERIFICATION (待核验) ones were declared by the agency and count for nothing yet. */
public record QualificationView(UUID id, UUID agencyId, String certificateNumber, QualificationType qualificationType,
                                List<ScopeEntryDto> businessScope, String issuer, LocalDate validFrom, LocalDate validTo,
                                QualificationStatus status, Instant createdAt, Instant updatedAt, long version,
                                String scanSha256, String declaredBy, String decidedBy, Instant decidedAt,
                                String decisionReason) {
}
