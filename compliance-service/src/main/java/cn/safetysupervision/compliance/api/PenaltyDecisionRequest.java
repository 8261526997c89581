package cn.safetysupervision.compliance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A penalty decision to record, as the decision document (行政处罚决定书) states it.
 *
 * @param endsOn last day the penalty is in force or shown, if it has one
 */
public record PenaltyDecisionRequest(
        @NotNull UUID agencyId,
        @NotBlank @Size(max = 100) String decisionNumber,
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 500) String legalBasis,
        @NotBlank @Size(max = 2000) String content,
        LocalDate endsOn,
        @NotBlank @Size(max = 200) String decidedBy) {
}
