package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.http.Page;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.domain.AgencyStatus;
import cn.safetysupervision.registry.domain.ServiceType;
import cn.safetysupervision.registry.domain.StaffingCounts;
import cn.safetysupervision.registry.domain.StaffingService;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.AgencyChange;
import cn.safetysupervision.registry.persistence.ChangeFiling;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "安全生产技术服务机构")
public class AgencyResource {

    private final AgencyService agencies;
    private final AgencyApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;
    private final Paging paging;
    private final StaffingService staffing;

    AgencyResource(AgencyService agencies, AgencyApiMapper mapper, IdempotentRequests idempotentRequests, Caller caller,
                   Paging paging, StaffingService staffing) {
        this.agencies = agencies;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
        this.paging = paging;
        this.staffing = staffing;
    }

    @POST  // not @Transactional: a registration is one statement (AgencyService.register); a key brings a transaction
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Register an agency",
            description = "The 统一社会信用代码 is checked (GB 32100-2015). Emits agency.registered.v1. "
                    + "Send Idempotency-Key to make a retry safe.")
    public Response register(@NotNull @Valid RegisterAgencyRequest request,
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotentRequests.execute(caller.name(), idempotencyKey, request, () -> {
            Agency agency = agencies.register(request.creditCode(), mapper.toData(request));
            return Response.created(uri.getAbsolutePathBuilder().path(agency.id.toString()).build())
                    .tag(EntityTags.tag(agency.version))
                    .entity(mapper.toView(agency))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read an agency", description = "An agency may read only itself; other ids answer 404.")
    public Response get(@PathParam("id") UUID id) {
        caller.requireAgencyAccess(id, "agency", id);
        Agency agency = agencies.get(id);
        return Response.ok(mapper.toView(agency)).tag(EntityTags.tag(agency.version)).build();
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Search agencies",
            description = "By name (contains), credit code, status, business scope (service type and/or industry) and "
                    + "certificate expiry window (a valid certificate expiring between the two days). Agencies see only themselves.")
    public Page<AgencyView> search(@QueryParam("name") String name, @QueryParam("creditCode") String creditCode,
                                   @QueryParam("status") String statusParam, @QueryParam("serviceType") String serviceTypeParam,
                                   @QueryParam("industry") String industry,
                                   @QueryParam("certificateExpiresFrom") LocalDate expiresFrom,
                                   @QueryParam("certificateExpiresTo") LocalDate expiresTo,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int[] ps = paging.of(page, size);
        AgencyStatus status = Paging.enumParam(AgencyStatus.class, "status", statusParam);
        ServiceType serviceType = Paging.enumParam(ServiceType.class, "serviceType", serviceTypeParam);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        caller.agencyId().ifPresent(own -> {
            where.add("a.id = :own");
            params.put("own", own);
        });
        if (!caller.isSupervisor() && caller.agencyId().isEmpty()) {
            return new Page<>(List.of(), ps[0], ps[1], 0);
        }
        if (name != null && !name.isBlank()) {
            where.add("lower(a.name) like :name");
            params.put("name", "%" + name.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (creditCode != null && !creditCode.isBlank()) {
            where.add("a.creditCode = :code");
            params.put("code", creditCode.strip().toUpperCase());
        }
        if (status != null) {
            where.add("a.status = :status");
            params.put("status", status);
        }
        if (serviceType != null || (industry != null && !industry.isBlank())) {
            StringBuilder sub = new StringBuilder("exists (select 1 from Qualification q join q.businessScope s "
                    + "where q.agencyId = a.id and q.status = cn.safetysupervision.registry.domain.QualificationStatus.VALID");
            if (serviceType != null) {
                sub.append(" and s.serviceType = :serviceType");
                params.put("serviceType", serviceType);
            }
            if (industry != null && !industry.isBlank()) {
                sub.append(" and s.industry = :industry");
                params.put("industry", industry.strip());
            }
            where.add(sub.append(")").toString());
        }
        if (expiresFrom != null || expiresTo != null) {
            if (expiresFrom != null && expiresTo != null && expiresTo.isBefore(expiresFrom)) {
                throw ProblemException.invalidField("certificateExpiresTo", "must not be before certificateExpiresFrom");
            }
            StringBuilder sub = new StringBuilder("exists (select 1 from Qualification q where q.agencyId = a.id "
                    + "and q.status = cn.safetysupervision.registry.domain.QualificationStatus.VALID");
            if (expiresFrom != null) {
                sub.append(" and q.validTo >= :expiresFrom");
                params.put("expiresFrom", expiresFrom);
            }
            if (expiresTo != null) {
                sub.append(" and q.validTo <= :expiresTo");
                params.put("expiresTo", expiresTo);
            }
            where.add(sub.append(")").toString());
        }
        String query = "from Agency a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        // With a name fragment, an order no index gives: otherwise the planner may walk the name index in order,
        // expecting matches spread evenly, and read most of the table when they sit together (as "压测42…" do).
        // The trigram index finds the matches, which are then sorted; the count reads them anyway.
        String order = name != null && !name.isBlank() ? " order by lower(a.name), a.name, a.id" : " order by a.name, a.id";
        var found = Agency.<Agency>find(query + order, params).page(ps[0], ps[1]);
        return new Page<>(found.list().stream().map(mapper::toView).toList(), ps[0], ps[1], found.count());
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Change an agency's master data",
            description = "Send If-Match. Every changed field is kept in the history; a change of name, registered address "
                    + "or legal representative opens a change filing due within the filing window. Emits agency.changed.v1.")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid UpdateAgencyRequest request) {
        caller.requireAgencyAccess(id, "agency", id);
        Agency agency = agencies.update(id, ifMatch, mapper.toData(request), caller.name());
        return Response.ok(mapper.toView(agency)).tag(EntityTags.tag(agency.version)).build();
    }

    @POST
    @Path("/{id}/status")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Change an agency's registry status (send If-Match)", description = "Emits agency.status-changed.v1.")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @NotNull @Valid ChangeAgencyStatusRequest request) {
        Agency agency = agencies.changeStatus(id, ifMatch, request.status(), request.reason().strip(), caller.name());
        return Response.ok(mapper.toView(agency)).tag(EntityTags.tag(agency.version)).build();
    }

    @GET
    @Path("/{id}/changes")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "The agency's change history, newest first")
    public Page<AgencyChangeView> changes(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        caller.requireAgencyAccess(id, "agency", id);
        agencies.get(id);
        int[] ps = paging.of(page, size);
        var query = AgencyChange.<AgencyChange>find("agencyId = :id order by changedAt desc, field", Parameters.with("id", id));
        return new Page<>(query.page(ps[0], ps[1]).list().stream().map(mapper::toView).toList(), ps[0], ps[1], query.count());
    }

    @GET
    @Path("/{id}/change-filings")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Change filings (变更备案) of the agency, open and closed")
    public List<ChangeFilingView> filings(@PathParam("id") UUID id) {
        caller.requireAgencyAccess(id, "agency", id);
        agencies.get(id);
        return ChangeFiling.<ChangeFiling>list("agencyId = ?1 order by changedAt desc", id).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("/{id}/change-filings/{filingId}/filing")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Submit (the agency) or confirm receipt of (regulator, association) a change filing",
            description = "An agency's call records its submission (submittedOn) and leaves the filing open; a regulator's "
                    + "or the association's call confirms receipt with the date of receipt (filedOn), closes the filing "
                    + "window and emits agency.change-filed.v1.")
    public ChangeFilingView file(@PathParam("id") UUID id, @PathParam("filingId") UUID filingId,
                                 @NotNull @Valid FileChangeRequest request) {
        caller.requireAgencyAccess(id, "agency", id);
        if (!caller.isSupervisor()) {
            return mapper.toView(agencies.submitFiling(id, filingId, request.filedOn(), request.filingReference(), caller.name()));
        }
        return mapper.toView(agencies.file(id, filingId, request.filedOn(), request.filingReference(), caller.name()));
    }

    @GET
    @Path("/{id}/staffing")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Computed staff counts and the threshold of the agency's scopes")
    public StaffingView staffing(@PathParam("id") UUID id) {
        caller.requireAgencyAccess(id, "agency", id);
        agencies.get(id);
        LocalDate today = AgencyService.today();
        StaffingCounts c = staffing.count(id, today);
        return new StaffingView(id, today, c.safetyAssessors(), c.registeredSafetyEngineers(), c.intermediateOrHigherTitles(),
                c.fullTimeQualifiedStaff(), c.scopeEntries(), c.required(), c.below());
    }
}
