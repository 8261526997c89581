package cn.safetysupervision.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agency's integrity record: grade, points (confirmed findings only), grade history, listing proposals and dishonesty listings. */
public record CreditView(UUID agencyId, String grade, String gradeZh, int points, List<GradeChangeView> history,
                         List<ListingView> listings, List<ProposalView> proposals) {

    /** A red grade's listing proposal and the regulator's decision on it (issue 14). */
    public record ProposalView(UUID id, int points, Instant proposedAt, String status, String decidedBy,
                               Instant decidedAt, String decisionReason, UUID listingId) {
    }

    public record GradeChangeView(String previousGrade, String grade, int points, UUID triggeringFindingId,
                                  Instant changedAt) {
    }

    public record ListingView(UUID id, LocalDate startDate, LocalDate endDate, LocalDate repairRequestAllowedFrom,
                              Instant repairRequestedAt, String repairStatement, String repairDecidedBy,
                              String repairDecisionNote, LocalDate endedOn, String endReason,
                              String decisionNumber, String legalBasis, String decidedBy) {
    }
}
