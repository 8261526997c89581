package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.http.Page;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.IdNumber;
import cn.safetysupervision.registry.domain.IdentityProtection;
import cn.safetysupervision.registry.domain.PractitionerService;
import cn.safetysupervision.registry.persistence.Credential;
import cn.safetysupervision.registry.persistence.Practitioner;
import cn.safetysupervision.registry.persistence.Training;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/practitioners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practitioners", description = "从业人员: 身份证 protected, credentials, training")
public class PractitionerResource {

    private final PractitionerService practitioners;
    private final AgencyApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;
    private final Paging paging;
    private final IdentityProtection identity;

    PractitionerResource(PractitionerService practitioners, AgencyApiMapper mapper, IdempotentRequests idempotentRequests,
                         Caller caller, Paging paging, IdentityProtection identity) {
        this.practitioners = practitioners;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
        this.paging = paging;
        this.identity = identity;
    }

    PractitionerView view(Practitioner p) {
        List<CredentialView> credentials = Credential.<Credential>list("practitionerId = ?1 order by recordedAt", p.id)
                .stream().map(mapper::toView).toList();
        return new PractitionerView(p.id, p.name, practitioners.idNumberFor(p, caller), p.gender, p.phone, credentials,
                p.createdAt, p.updatedAt, p.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Register a practitioner",
            description = "The 身份证 number is checked (GB 11643) and stored only as keyed hash and ciphertext. The same "
                    + "person again answers 409, with existingPractitionerId for supervisors only (an agency employs a "
                    + "known person by idNumber and name). Emits practitioner.registered.v1.")
    public Response register(@NotNull @Valid RegisterPractitionerRequest request,
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotentRequests.execute(caller.name(), idempotencyKey, request, () -> {
            Practitioner p = practitioners.register(request.name(), request.idNumber(), request.phone(),
                    caller.knownAgencyId().orElse(null), caller.name());
            return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                    .tag(EntityTags.tag(p.version)).entity(view(p)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read a practitioner", description = "身份证 number masked except for regulators.")
    public Response get(@PathParam("id") UUID id) {
        Practitioner p = practitioners.getVisible(id, caller);
        return Response.ok(view(p)).tag(EntityTags.tag(p.version)).build();
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Search practitioners",
            description = "By credential number, name (contains) or full 身份证 number (matched by keyed hash). "
                    + "Agencies see only practitioners they registered or employ(ed).")
    public Page<PractitionerView> search(@QueryParam("credentialNumber") String credentialNumber,
                                         @QueryParam("name") String name, @QueryParam("idNumber") String idNumber,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int[] ps = paging.of(page, size);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!caller.isSupervisor()) {
            UUID own = caller.agencyId().orElseThrow(() -> ProblemException.notFound("agency", "?"));
            where.add("(p.registeredByAgency = :own or exists (select 1 from Employment e where e.practitionerId = p.id and e.agencyId = :own))");
            params.put("own", own);
        }
        if (credentialNumber != null && !credentialNumber.isBlank()) {
            where.add("exists (select 1 from Credential c where c.practitionerId = p.id and c.number = :number)");
            params.put("number", credentialNumber.strip());
        }
        if (name != null && !name.isBlank()) {
            where.add("p.name like :name");
            params.put("name", "%" + name.strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (idNumber != null && !idNumber.isBlank()) {
            String n = IdNumber.normalise(idNumber);
            IdNumber.problem(n).ifPresent(problem -> {
                throw ProblemException.invalidField("idNumber", "is not a valid 身份证 number: " + problem);
            });
            where.add("p.idNumberHash = :hash");
            params.put("hash", identity.hash(n));
        }
        String query = "from Practitioner p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = Practitioner.<Practitioner>find(query + " order by p.name, p.id", params).page(ps[0], ps[1]);
        return new Page<>(found.list().stream().map(this::view).toList(), ps[0], ps[1], found.count());
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Change a practitioner's name or phone (send If-Match)", description = "Emits practitioner.updated.v1.")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid UpdatePractitionerRequest request) {
        Practitioner p = practitioners.update(practitioners.getEmployedBy(id, caller), ifMatch, request.name(), request.phone(),
                caller.name(), caller.isSupervisor());
        return Response.ok(view(p)).tag(EntityTags.tag(p.version)).build();
    }

    @POST
    @Path("/{id}/credentials")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Add a credential", description = "One number of a credential type belongs to one person. "
            + "Recorded by a regulator or the association it counts at once (credential-added.v1); added by the employing "
            + "agency it is declared, PENDING_VERIFICATION, and counts only once verified (credential-declared.v1).")
    public Response addCredential(@PathParam("id") UUID id, @NotNull @Valid AddCredentialRequest r) {
        Practitioner p = practitioners.getEmployedBy(id, caller);
        Credential c = practitioners.addCredential(p, r.credentialType(), r.level(), r.titleName(), r.specialty(),
                r.number(), r.issuer(), r.validTo(), caller.name(),
                caller.isSupervisor() ? null : caller.agencyId().orElseThrow());
        return Response.status(Response.Status.CREATED).entity(mapper.toView(c)).build();
    }

    @POST
    @Path("/{id}/credentials/{credentialId}/verification")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Verify a declared credential", description = "Emits practitioner.credential-verified.v1; it counts from now on.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "409", description = "Not awaiting verification")
    public Response verifyCredential(@PathParam("id") UUID id, @PathParam("credentialId") UUID credentialId,
                                     @Valid QualificationDecisionRequest r) {
        Credential c = practitioners.decideCredential(id, credentialId, true,
                r == null || r.reason() == null ? null : r.reason().strip(), caller.name());
        return Response.ok(mapper.toView(c)).build();
    }

    @POST
    @Path("/{id}/credentials/{credentialId}/rejection")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Reject a declared credential, with the reason", description = "Emits practitioner.credential-rejected.v1.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "409", description = "Not awaiting verification")
    public Response rejectCredential(@PathParam("id") UUID id, @PathParam("credentialId") UUID credentialId,
                                     @NotNull @Valid QualificationDecisionRequest r) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "a rejection states its reason");
        }
        Credential c = practitioners.decideCredential(id, credentialId, false, r.reason().strip(), caller.name());
        return Response.ok(mapper.toView(c)).build();
    }

    @POST
    @Path("/{id}/trainings")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Record a training (Art. 12)", description = "Emits practitioner.training-recorded.v1.")
    public Response recordTraining(@PathParam("id") UUID id, @NotNull @Valid RecordTrainingRequest r) {
        Practitioner p = practitioners.getEmployedBy(id, caller);
        Training t = practitioners.recordTraining(p, caller.agencyId().orElse(null), r.topicCategory(), r.topic(),
                r.hours(), r.trainedOn(), r.provider(), caller.name());
        return Response.status(Response.Status.CREATED).entity(mapper.toView(t)).build();
    }

    @GET
    @Path("/{id}/trainings")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "A practitioner's training archive, newest first")
    public List<TrainingView> trainings(@PathParam("id") UUID id) {
        Practitioner p = practitioners.getVisible(id, caller);
        return Training.<Training>list("practitionerId = ?1 order by trainedOn desc", p.id).stream().map(mapper::toView).toList();
    }
}
