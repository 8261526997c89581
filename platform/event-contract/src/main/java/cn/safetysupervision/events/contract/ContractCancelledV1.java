package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * A contract was cancelled before completion; its open deadlines no longer run.
 *
 * @param contractId     the contract; event subject and record key
 * @param agencyId       the contracting agency
 * @param previousStatus status before the cancellation
 * @param reason         why
 * @param cancelledBy    who
 * @param cancelledAt    when
 */
public record ContractCancelledV1(
        UUID contractId,
        UUID agencyId,
        String previousStatus,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {
}
