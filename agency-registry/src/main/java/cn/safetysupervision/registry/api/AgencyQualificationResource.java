package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.domain.QualificationService;
import cn.safetysupervision.registry.persistence.Qualification;
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
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/agencies/{agencyId}/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Qualifications", description = "资质证书")
public class AgencyQualificationResource {

    private final QualificationService qualifications;
    private final AgencyService agencies;
    private final AgencyApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;

    AgencyQualificationResource(QualificationService qualifications, AgencyService agencies, AgencyApiMapper mapper,
                          IdempotentRequests idempotentRequests, Caller caller) {
        this.qualifications = qualifications;
        this.agencies = agencies;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Record (regulator, association) or declare (the agency itself) a qualification certificate",
            description = "A regulator or the association records a certificate that counts at once (qualification.granted.v1; "
                    + "409 when another agency holds the number). An agency token declares its own certificate with the scan's "
                    + "scanSha256: it is PENDING_VERIFICATION (待核验) and counts for nothing until verified "
                    + "(qualification.declared.v1); a number another agency holds or declared raises a conflict for review "
                    + "(qualification.conflict-raised.v1), never a refusal.")
    @APIResponse(responseCode = "201", description = "Recorded (VALID) or declared (PENDING_VERIFICATION)")
    @APIResponse(responseCode = "400", description = "Invalid body; scanSha256 missing on a declaration")
    @APIResponse(responseCode = "404", description = "No such agency, or not the caller's own")
    @APIResponse(responseCode = "409", description = "Already recorded for this agency; or (authorities) held by another agency")
    public Response grant(@PathParam("agencyId") UUID agencyId, @NotNull @Valid GrantQualificationRequest request,
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        return idempotentRequests.execute(caller.name(), idempotencyKey, request, () -> {
            Qualification q;
            if (caller.agencyId().isPresent()) {
                if (request.scanSha256() == null) {
                    throw ProblemException.invalidField("scanSha256", "an agency declares a certificate with the SHA-256 of its scan");
                }
                q = qualifications.declare(agencyId, request.certificateNumber(), request.qualificationType(),
                        mapper.toEntries(request.businessScope()), request.issuer(), request.validFrom(), request.validTo(),
                        request.scanSha256(), caller.name());
            } else {
                q = qualifications.grant(agencyId, request.certificateNumber(), request.qualificationType(),
                        mapper.toEntries(request.businessScope()), request.issuer(), request.validFrom(), request.validTo(),
                        caller.name());
            }
            return Response.created(UriBuilder.fromPath("/api/v1/qualifications/{id}").build(q.id))
                    .tag(EntityTags.tag(q.version)).entity(mapper.toView(q)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "An agency's certificates")
    public List<QualificationView> list(@PathParam("agencyId") UUID agencyId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        agencies.get(agencyId);
        return Qualification.<Qualification>list("agencyId = ?1 order by validTo desc", agencyId).stream().map(mapper::toView).toList();
    }

}
