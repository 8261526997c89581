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

@Path("/api/v1/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Qualifications", description = "资质证书")
public class QualificationResource {

    private final QualificationService qualifications;
    private final AgencyService agencies;
    private final AgencyApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;

    QualificationResource(QualificationService qualifications, AgencyService agencies, AgencyApiMapper mapper,
                          IdempotentRequests idempotentRequests, Caller caller) {
        this.qualifications = qualifications;
        this.agencies = agencies;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read a certificate")
    public Response get(@PathParam("id") UUID id) {
        Qualification q = visible(id);
        return Response.ok(mapper.toView(q)).tag(EntityTags.tag(q.version)).build();
    }

    @POST
    @Path("/{id}/renewal")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Renew a certificate (send If-Match)", description = "Emits qualification.renewed.v1.")
    public Response renew(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid RenewQualificationRequest request) {
        Qualification q = qualifications.renew(id, ifMatch, request.validFrom(), request.validTo(),
                request.businessScope() == null ? null : mapper.toEntries(request.businessScope()), caller.name());
        return Response.ok(mapper.toView(q)).tag(EntityTags.tag(q.version)).build();
    }

    @POST
    @Path("/{id}/status")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Suspend, reinstate (VALID) or revoke a certificate (send If-Match)",
            description = "Emits qualification.suspended.v1, .reinstated.v1 or .revoked.v1.")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @NotNull @Valid ChangeQualificationStatusRequest request) {
        Qualification q = qualifications.changeStatus(id, ifMatch, request.status(), request.reason().strip(), caller.name());
        return Response.ok(mapper.toView(q)).tag(EntityTags.tag(q.version)).build();
    }

    @POST
    @Path("/{id}/verification")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Verify a declared certificate (待核验 → VALID)",
            description = "Records who, when and why; emits qualification.verified.v1, after which the certificate counts.")
    @APIResponse(responseCode = "200", description = "Verified")
    @APIResponse(responseCode = "404", description = "No such certificate")
    @APIResponse(responseCode = "409", description = "Not awaiting verification, expired, or the number is held by another certificate")
    public Response verify(@PathParam("id") UUID id, @Valid QualificationDecisionRequest request) {
        Qualification q = qualifications.verify(id, request == null || request.reason() == null ? null : request.reason().strip(),
                caller.name());
        return Response.ok(mapper.toView(q)).tag(EntityTags.tag(q.version)).build();
    }

    @POST
    @Path("/{id}/rejection")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Reject a declared certificate, with the reason",
            description = "Records who, when and why; emits qualification.rejected.v1. The certificate never counts.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such certificate")
    @APIResponse(responseCode = "409", description = "Not awaiting verification")
    public Response reject(@PathParam("id") UUID id, @NotNull @Valid QualificationDecisionRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "a rejection states its reason");
        }
        Qualification q = qualifications.reject(id, request.reason().strip(), caller.name());
        return Response.ok(mapper.toView(q)).tag(EntityTags.tag(q.version)).build();
    }

    private Qualification visible(UUID id) {
        Qualification q = Qualification.<Qualification>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("qualification", id));
        caller.requireAgencyAccess(q.agencyId, "qualification", id);
        return q;
    }
}
