package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.domain.CreditGrade;
import cn.safetysupervision.compliance.domain.CreditService;
import cn.safetysupervision.compliance.persistence.CreditGradeChange;
import cn.safetysupervision.compliance.persistence.CreditRecord;
import cn.safetysupervision.compliance.persistence.DishonestyListing;
import cn.safetysupervision.compliance.persistence.ListingProposal;
import cn.safetysupervision.compliance.persistence.MonitoredAgency;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/agencies/{agencyId}/credit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integrity record", description = "Credit grade 蓝/黄/橙/红, its history, the dishonesty list")
public class CreditResource {

    private final Caller caller;
    private final ComplianceApiMapper mapper;
    private final CreditService credit;

    CreditResource(Caller caller, ComplianceApiMapper mapper, CreditService credit) {
        this.caller = caller;
        this.mapper = mapper;
        this.credit = credit;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "An agency's credit grade, grade history and dishonesty listings",
            description = "An agency may read only its own. Without any finding the grade is BLUE with 0 points; "
                    + "an agency the registry never announced is 404.")
    public CreditView get(@PathParam("agencyId") UUID agencyId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        if (MonitoredAgency.findById(agencyId) == null) {
            throw ProblemException.notFound("agency", agencyId);  // not BLUE: an agency nobody registered has no grade
        }
        CreditRecord record = CreditRecord.findById(agencyId);
        CreditGrade grade = record == null ? CreditGrade.BLUE : record.grade;
        return new CreditView(agencyId, grade.name(), grade.chinese(), record == null ? 0 : record.points,
                CreditGradeChange.history(agencyId).stream().map(mapper::toView).toList(),
                DishonestyListing.ofAgency(agencyId).stream().map(mapper::toView).toList(),
                ListingProposal.<ListingProposal>list("agencyId = ?1 order by proposedAt desc", agencyId).stream()
                        .map(mapper::toView).toList());
    }

    @POST
    @Path("/dishonesty-listings/{listingId}/repair-request")
    @Transactional
    @RolesAllowed({Roles.AGENCY})
    @Operation(summary = "Request credit repair", description = "The listed agency, after the configured waiting time "
            + "(default 12 months); 409 before. Requires If-Match of the listing.")
    public Response requestRepair(@PathParam("agencyId") UUID agencyId, @PathParam("listingId") UUID listingId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull @Valid RepairRequests.Request request) {
        DishonestyListing listing = load(agencyId, listingId);
        EntityTags.requireMatch(ifMatch, listing.version);
        credit.requestRepair(listing, request.statement());
        listing.persistAndFlush();
        return Response.ok(mapper.toView(listing)).tag(EntityTags.tag(listing.version)).build();
    }

    @POST
    @Path("/dishonesty-listings/{listingId}/repair-decision")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Decide a credit repair request", description = "Granting ends the listing today. "
            + "Requires If-Match of the listing.")
    public Response decideRepair(@PathParam("agencyId") UUID agencyId, @PathParam("listingId") UUID listingId,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid RepairRequests.Decision request) {
        caller.requireSupervisor();
        DishonestyListing listing = load(agencyId, listingId);
        EntityTags.requireMatch(ifMatch, listing.version);
        credit.decideRepair(listing, request.granted(), request.note(), caller.name());
        listing.persistAndFlush();
        return Response.ok(mapper.toView(listing)).tag(EntityTags.tag(listing.version)).build();
    }

    @GET
    @Path("/dishonesty-listings/{listingId}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "One dishonesty listing, with its ETag")
    public Response getListing(@PathParam("agencyId") UUID agencyId, @PathParam("listingId") UUID listingId) {
        DishonestyListing listing = load(agencyId, listingId);
        return Response.ok(mapper.toView(listing)).tag(EntityTags.tag(listing.version)).build();
    }

    private DishonestyListing load(UUID agencyId, UUID listingId) {
        caller.requireAgencyAccess(agencyId, "dishonesty listing", listingId);
        DishonestyListing listing = DishonestyListing.findById(listingId);
        if (listing == null || !listing.agencyId.equals(agencyId)) {
            throw ProblemException.notFound("dishonesty listing", listingId);
        }
        return listing;
    }
}
