package cn.safetysupervision.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Body of {@code POST /api/v1/agencies/{id}/employments/{employmentId}/conflict-decision} (supervisors, If-Match):
 * the existing employment a refused hire collided with ENDED on {@code endedOn} (it was wrong, or ended late), or
 * is UPHELD. {@code reviewItemId}: the compliance-service review-queue item, closed by the decision's event.
 */
public record EmploymentConflictDecisionRequest(@NotNull Outcome outcome, LocalDate endedOn, UUID reviewItemId,
                                                @NotBlank @Size(max = 2000) String reason) {

    public enum Outcome { ENDED, UPHELD }
}
