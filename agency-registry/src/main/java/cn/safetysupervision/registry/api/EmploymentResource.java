package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.time.TypedDates;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.domain.PractitionerService;
import cn.safetysupervision.registry.persistence.Employment;
import cn.safetysupervision.registry.persistence.Practitioner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/agencies/{agencyId}/employments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employment", description = "机构 × 从业人员, 专职/兼职")
public class EmploymentResource {

    private final PractitionerService practitioners;
    private final AgencyService agencies;
    private final AgencyApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;
    private final TypedDates typedDates;

    EmploymentResource(PractitionerService practitioners, AgencyService agencies, AgencyApiMapper mapper,
                       IdempotentRequests idempotentRequests, Caller caller, TypedDates typedDates) {
        this.typedDates = typedDates;
        this.practitioners = practitioners;
        this.agencies = agencies;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    private EmploymentView view(Employment e) {
        return mapper.toView(e, Practitioner.<Practitioner>findByIdOptional(e.practitionerId).map(p -> p.name).orElse(null));
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Record an employment",
            description = "The person by practitionerId, or by idNumber and name (links to the existing record, or "
                    + "registers the person, without revealing anything). A second full-time employment overlapping one at "
                    + "another agency is refused with 409 naming no one and published as "
                    + "practitioner.employment-conflict-refused.v1: a review-queue conflict, not a violation. "
                    + "employedFrom must not be in the future nor, for an agency, more than the typed-date grace (30 days) "
                    + "before today (422); a regulator or the association records an older start with backdatingReason. "
                    + "Emits practitioner.employment-started.v1.")
    public Response start(@PathParam("agencyId") UUID agencyId, @NotNull @Valid StartEmploymentRequest r,
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        return idempotentRequests.execute(caller.name(), idempotencyKey, r, () -> {
            typedDates.check("employedFrom", r.employedFrom(), r.backdatingReason());
            UUID practitionerId;
            if (r.idNumber() != null) {
                if (r.name() == null || r.name().isBlank()) {
                    throw ProblemException.invalidField("name", "is required with idNumber");
                }
                practitionerId = practitioners.personFor(r.name(), r.idNumber(), caller.agencyId().orElse(null), caller.name()).id;
            } else if (r.practitionerId() != null) {
                // an agency names by id only people it registered or employs; any other id is "no such practitioner"
                try {
                    practitionerId = practitioners.getVisible(r.practitionerId(), caller).id;
                } catch (ProblemException notVisible) {
                    throw ProblemException.invalidField("practitionerId", "no such practitioner");
                }
            } else {
                throw ProblemException.invalidField("practitionerId", "give practitionerId, or idNumber and name");
            }
            Employment e = practitioners.startEmployment(agencyId, practitionerId, r.employmentType(),
                    r.employedFrom(), r.employedTo(), caller.name(), TypedDates.reason(r.backdatingReason()));
            return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build())
                    .tag(EntityTags.tag(e.version)).entity(view(e)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "The agency's roster (current and past employments)")
    public List<EmploymentView> list(@PathParam("agencyId") UUID agencyId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        agencies.get(agencyId);
        return Employment.<Employment>list("agencyId = ?1 order by employedFrom desc", agencyId).stream().map(this::view).toList();
    }

    @GET
    @Path("/{employmentId}")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read an employment")
    public Response get(@PathParam("agencyId") UUID agencyId, @PathParam("employmentId") UUID employmentId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        Employment e = Employment.<Employment>findByIdOptional(employmentId).filter(x -> x.agencyId.equals(agencyId))
                .orElseThrow(() -> cn.safetysupervision.platform.problem.ProblemException.notFound("employment", employmentId));
        return Response.ok(view(e)).tag(EntityTags.tag(e.version)).build();
    }

    @POST
    @Path("/{employmentId}/end")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "End an employment (send If-Match)", description = "endedOn must not be in the future nor, for an agency, "
            + "more than the typed-date grace (30 days) before today (422); a regulator or the association ends one at an "
            + "older day with backdatingReason. Emits practitioner.employment-ended.v1.")
    public Response end(@PathParam("agencyId") UUID agencyId, @PathParam("employmentId") UUID employmentId,
                        @HeaderParam("If-Match") String ifMatch, @NotNull @Valid EndEmploymentRequest r) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        typedDates.check("endedOn", r.endedOn(), r.backdatingReason());
        Employment e = practitioners.endEmployment(agencyId, employmentId, ifMatch, r.endedOn(), caller.name(),
                TypedDates.reason(r.backdatingReason()));
        return Response.ok(view(e)).tag(EntityTags.tag(e.version)).build();
    }
    @POST
    @Path("/{employmentId}/conflict-decision")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Decide a refused full-time hire that collided with this employment (send If-Match)",
            description = "Issue 14: ENDED ends this employment on endedOn (it was wrong, or ended late; an older day "
                    + "than the typed-date grace is fine here, the reason is the decision's) and emits "
                    + "practitioner.employment-ended.v2; UPHELD changes nothing. Both emit "
                    + "practitioner.employment-conflict-decided.v1 (who, when, why), which closes the review-queue item.")
    public Response decideConflict(@PathParam("agencyId") UUID agencyId, @PathParam("employmentId") UUID employmentId,
                                   @HeaderParam("If-Match") String ifMatch,
                                   @NotNull @Valid EmploymentConflictDecisionRequest r) {
        if (r.outcome() == EmploymentConflictDecisionRequest.Outcome.ENDED) {
            if (r.endedOn() == null) {
                throw ProblemException.invalidField("endedOn", "is required when the employment ENDED");
            }
            typedDates.check("endedOn", r.endedOn(), r.reason());
        } else if (r.endedOn() != null) {
            throw ProblemException.invalidField("endedOn", "only with outcome ENDED");
        }
        Employment e = practitioners.decideConflict(agencyId, employmentId, ifMatch, r.outcome().name(), r.endedOn(),
                r.reviewItemId(), r.reason().strip(), caller.name());
        return Response.ok(view(e)).tag(EntityTags.tag(e.version)).build();
    }
}
