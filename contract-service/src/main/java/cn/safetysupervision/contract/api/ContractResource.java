package cn.safetysupervision.contract.api;

import cn.safetysupervision.platform.http.Page;
import cn.safetysupervision.contract.config.ContractConfig;
import cn.safetysupervision.contract.domain.ContractService;
import cn.safetysupervision.contract.domain.ContractStatus;
import cn.safetysupervision.contract.domain.Deadlines;
import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "技术服务合同: life cycle and staffing (附件3)")
public class ContractResource {

    private final ContractService contracts;
    private final Deadlines deadlines;
    private final ContractApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;
    private final ContractConfig config;

    private final cn.safetysupervision.platform.time.TypedDates typedDates;

    ContractResource(ContractService contracts, Deadlines deadlines, ContractApiMapper mapper,
                     IdempotentRequests idempotentRequests, Caller caller, ContractConfig config,
                     cn.safetysupervision.platform.time.TypedDates typedDates) {
        this.typedDates = typedDates;
        this.contracts = contracts;
        this.deadlines = deadlines;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Create a draft contract",
            description = "The agency of the token records a draft. Staff members are resolved against the registry "
                    + "projection. Send Idempotency-Key to make a retry safe.")
    public Response create(@NotNull @Valid ContractRequests.Terms terms,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        UUID agencyId = caller.knownAgencyId().orElseThrow();
        return idempotentRequests.execute(caller.name(), idempotencyKey, terms, () -> {
            Contract contract = contracts.createDraft(agencyId, terms);
            return Response.created(uri.getAbsolutePathBuilder().path(contract.id.toString()).build())
                    .tag(EntityTags.tag(contract.version)).entity(view(contract)).build();
        });
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "List contracts", description = "Newest first. An agency sees only its own.")
    public Page<ContractViews.ContractView> list(@QueryParam("agencyId") UUID agencyId,
                                           @QueryParam("status") ContractStatus status,
                                           @QueryParam("page") @Min(0) Integer page,
                                           @QueryParam("size") @Min(1) Integer size) {
        // A size above the maximum is capped (as documented here), a page beyond the bound refused.
        Page.Request paging = Page.Request.of(page, size == null ? null : Math.min(size, config.maxPageSize()),
                config.defaultPageSize(), config.maxPageSize());
        int pageSize = paging.size();
        int pageIndex = paging.page();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        UUID scope = caller.agencyId().orElse(agencyId);
        if (caller.agencyId().isPresent() && agencyId != null && !agencyId.equals(scope)) {
            return new Page<>(List.of(), pageIndex, pageSize, 0);
        }
        if (scope != null) {
            where.add("agencyId = :agencyId");
            params.and("agencyId", scope);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        var query = Contract.<Contract>find(where.isEmpty() ? "" : String.join(" and ", where),
                Sort.descending("createdAt").and("id"), params.map());
        List<ContractViews.ContractView> items = query.page(io.quarkus.panache.common.Page.of(pageIndex, pageSize)).list().stream()
                .map(this::view).toList();
        return new Page<>(items, pageIndex, pageSize, query.count());
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read a contract", description = "With its deadlines. Other agencies' contracts answer 404.")
    public Response get(@PathParam("id") UUID id) {
        Contract contract = contracts.get(id);
        return Response.ok(view(contract)).tag(EntityTags.tag(contract.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Edit a draft", description = "Replaces the draft's terms. Requires If-Match.")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ContractRequests.Terms terms) {
        return changed(contracts.updateDraft(id, ifMatch, terms));
    }

    @POST
    @Path("/{id}/sign")
    @Transactional
    @RolesAllowed({Roles.AGENCY, Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Sign a draft (the agency), or record its signing (a regulator or the association)",
            description = "Requires technical, process-control and quality leads (Art. 6). Computes working-day due "
                    + "dates and opens the deadlines. Emits contract.signed.v1. Requires If-Match. signedDate must not "
                    + "be in the future nor, for an agency, more than the grace period (default 30 days) before today; "
                    + "a regulator or the association records an older one with backdatingReason (422 otherwise). "
                    + "The recording time is stored beside it.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "422",
            description = "signedDate in the future, or older than the grace period")
    public Response sign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid ContractRequests.Sign request) {
        typedDates.check("signedDate", request.signedDate(), request.backdatingReason());
        return changed(contracts.sign(id, ifMatch, request.signedDate(), request.backdatingReason()));
    }

    @POST
    @Path("/{id}/amendments")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Amend a signed contract", description = "Emits contract.amended.v1 with the full new terms. Requires If-Match.")
    public Response amend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid ContractRequests.Amend request) {
        return changed(contracts.amend(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/cancel")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Cancel a contract", description = "Stops its deadlines. Emits contract.cancelled.v1. Requires If-Match.")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ContractRequests.Cancel request) {
        return changed(contracts.cancel(id, ifMatch, request.reason()));
    }

    @POST
    @Path("/{id}/complete")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Complete a contract after its report",
            description = "Opens the follow-up deadline (Art. 10). Emits contract.completed.v1. Requires If-Match.")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid ContractRequests.Complete request) {
        return changed(contracts.complete(id, ifMatch, request.completedDate()));
    }

    private Response changed(Contract contract) {
        Contract.getEntityManager().flush();
        return Response.ok(view(contract)).tag(EntityTags.tag(contract.version)).build();
    }

    private ContractViews.ContractView view(Contract contract) {
        return mapper.toView(contract, deadlines.of(contract.id));
    }

}
