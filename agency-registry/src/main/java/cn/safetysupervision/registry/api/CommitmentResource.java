package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.persistence.Agency;
import cn.safetysupervision.registry.persistence.Commitment;
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
import cn.safetysupervision.platform.http.IdempotentRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/agencies/{agencyId}/commitments")
@Tag(name = "Forms", description = "附件2 执业承诺书")
public class CommitmentResource {

    private static final String HTML = "text/html;charset=UTF-8";

    private final AgencyService agencies;
    private final Forms forms;
    private final AgencyApiMapper mapper;
    private final Caller caller;
    private final IdempotentRequests idempotentRequests;

    CommitmentResource(AgencyService agencies, Forms forms, AgencyApiMapper mapper, Caller caller, IdempotentRequests idempotentRequests) {
        this.agencies = agencies;
        this.forms = forms;
        this.mapper = mapper;
        this.caller = caller;
        this.idempotentRequests = idempotentRequests;
    }

    private Agency agency(UUID agencyId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        return agencies.get(agencyId);
    }

    @POST
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Record 附件2 as signed", description = "Signatory, date and the SHA-256 of the scanned letter. Emits agency.commitment-signed.v1.")
    public Response sign(@PathParam("agencyId") UUID agencyId, @NotNull @Valid SignCommitmentRequest r,
                         @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        Agency a = agency(agencyId);
        return idempotentRequests.execute(caller.name(), idempotencyKey, r, () -> {
            Commitment c = agencies.recordCommitment(agencyId, r.signatory(), r.signatoryTitle(), r.signedOn(),
                    r.documentSha256(), caller.name());
            return Response.created(uri.getBaseUriBuilder().path("/api/v1/agencies/{a}/commitments/latest").build(agencyId))
                    .entity(mapper.toView(c, a, Forms.COMMITMENTS)).build();
        });
    }

    private CommitmentView latest(UUID agencyId) {
        Agency a = agency(agencyId);
        Commitment c = Commitment.<Commitment>find("agencyId = ?1 order by recordedAt desc", agencyId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("signed commitment of agency", agencyId));
        return mapper.toView(c, a, Forms.COMMITMENTS);
    }

    @GET
    @Path("/latest")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "附件2: the latest signed record as JSON (text/html for the printable page)")
    public CommitmentView latestCommitment(@PathParam("agencyId") UUID agencyId) {
        return latest(agencyId);
    }

    @GET
    @Path("/latest")
    @Produces(HTML)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "附件2 as a printable Chinese HTML page")
    public String latestCommitmentHtml(@PathParam("agencyId") UUID agencyId) {
        return forms.commitmentHtml(latest(agencyId));
    }
}
