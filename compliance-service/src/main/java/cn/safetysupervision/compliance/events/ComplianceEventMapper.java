package cn.safetysupervision.compliance.events;

import cn.safetysupervision.compliance.persistence.CreditGradeChange;
import cn.safetysupervision.compliance.persistence.DishonestyListing;
import cn.safetysupervision.compliance.persistence.Finding;
import cn.safetysupervision.compliance.persistence.ListingProposal;
import cn.safetysupervision.events.compliance.DishonestyListingProposedV1;
import cn.safetysupervision.events.compliance.FindingConfirmedV1;
import cn.safetysupervision.events.compliance.CreditGradeChangedV1;
import cn.safetysupervision.events.compliance.DishonestyListingEndedV1;
import cn.safetysupervision.events.compliance.DishonestyListingStartedV1;
import cn.safetysupervision.events.compliance.FindingDismissedV1;
import cn.safetysupervision.events.compliance.FindingReferredV1;
import cn.safetysupervision.events.compliance.FindingResolvedV1;
import cn.safetysupervision.events.compliance.ViolationFlaggedV1;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Entities never leave the service: events are narrow projections of them. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface ComplianceEventMapper {

    /** The event's {@code status} is the verdict (SUSPECTED or CONFIRMED), not the life-cycle status. */
    @Mapping(target = "findingId", source = "id")
    @Mapping(target = "status", source = "verdict")
    ViolationFlaggedV1 flagged(Finding finding);

    @Mapping(target = "findingId", source = "id")
    @Mapping(target = "reason", source = "confirmationReason")
    @Mapping(target = "automatic", source = "autoConfirmed")
    FindingConfirmedV1 confirmed(Finding finding);

    @Mapping(target = "proposalId", source = "id")
    @Mapping(target = "grade", constant = "RED")
    DishonestyListingProposedV1 listingProposed(ListingProposal proposal);

    @Mapping(target = "findingId", source = "id")
    @Mapping(target = "note", source = "resolutionNote")
    FindingResolvedV1 resolved(Finding finding);

    @Mapping(target = "findingId", source = "id")
    @Mapping(target = "reason", source = "dismissalReason")
    FindingDismissedV1 dismissed(Finding finding);

    @Mapping(target = "findingId", source = "id")
    @Mapping(target = "authority", source = "referralAuthority")
    @Mapping(target = "referenceNumber", source = "referralReference")
    @Mapping(target = "referredOn", source = "referralDate")
    @Mapping(target = "note", source = "referralNote")
    FindingReferredV1 referred(Finding finding);

    CreditGradeChangedV1 gradeChanged(CreditGradeChange change);

    @Mapping(target = "listingId", source = "id")
    @Mapping(target = "endsOn", source = "endDate")
    DishonestyListingStartedV1 listingStarted(DishonestyListing listing);

    @Mapping(target = "listingId", source = "id")
    @Mapping(target = "reason", source = "endReason")
    DishonestyListingEndedV1 listingEnded(DishonestyListing listing);
}
