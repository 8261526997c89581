package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.persistence.Agency;
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

import java.util.UUID;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "安全生产技术服务机构")
public class AgencyResource {

    private final AgencyService agencies;
    private final AgencyApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;

    AgencyResource(AgencyService agencies, AgencyApiMapper mapper, IdempotentRequests idempotentRequests, Caller caller) {
        this.agencies = agencies;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Register an agency",
            description = "The 统一社会信用代码 is checked (GB 32100-2015). Emits agency.registered.v1. "
                    + "Send Idempotency-Key to make a retry safe.")
    public Response register(@NotNull @Valid RegisterAgencyRequest request,
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotentRequests.execute(caller.name(), idempotencyKey, request, () -> {
            Agency agency = agencies.register(request.creditCode(), request.name(), request.legalRepresentative(),
                    request.registeredAddress());
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
        Agency agency = agencies.find(id).orElseThrow(() -> ProblemException.notFound("agency", id));
        return Response.ok(mapper.toView(agency)).tag(EntityTags.tag(agency.version)).build();
    }
}
