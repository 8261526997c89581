package cn.safetysupervision.events.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A second agency claimed a certificate number that belongs to another agency; the claim was refused. Keyed by the held certificate's id.
 *
 * @param qualificationId the held certificate; event subject and record key
 * @param certificateNumber the contested number
 * @param holderAgencyId the agency holding it
 * @param holderCreditCode holder's code
 * @param holderAgencyName holder's name
 * @param claimingAgencyId the agency whose claim was refused
 * @param claimingCreditCode claimant's code
 * @param claimingAgencyName claimant's name
 * @param qualificationType type on the refused claim
 * @param claimedBy who submitted the claim
 * @param refusedAt when
 */
public record DuplicateQualificationClaimRefusedV1(
        UUID qualificationId,
        String certificateNumber,
        UUID holderAgencyId,
        String holderCreditCode,
        String holderAgencyName,
        UUID claimingAgencyId,
        String claimingCreditCode,
        String claimingAgencyName,
        String qualificationType,
        String claimedBy,
        Instant refusedAt) {
}
