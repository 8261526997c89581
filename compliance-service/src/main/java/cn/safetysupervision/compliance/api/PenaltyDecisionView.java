package cn.safetysupervision.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded penalty decision as the API shows it. */
public record PenaltyDecisionView(UUID id, UUID agencyId, String decisionNumber, LocalDate decidedOn,
                                  String legalBasis, String content, LocalDate endsOn, String decidedBy,
                                  String recordedBy, Instant recordedAt) {
}
