package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.AgencyService;
import cn.safetysupervision.registry.persistence.Equipment;
import cn.safetysupervision.registry.persistence.ManagementDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Equipment inventory (Art. 3.2-3.3) and management documents (Art. 3.5) of an agency. */
@Path("/api/v1/agencies/{agencyId}/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies")
public class FacilitiesResource {

    private final AgencyService agencies;
    private final FacilitiesMapper mapper;
    private final Caller caller;

    FacilitiesResource(AgencyService agencies, FacilitiesMapper mapper, Caller caller) {
        this.agencies = agencies;
        this.mapper = mapper;
        this.caller = caller;
    }

    private void requireAgency(UUID agencyId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        agencies.get(agencyId);
    }

    @POST
    @Path("/equipment")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Add an item to the equipment inventory")
    public Response addEquipment(@PathParam("agencyId") UUID agencyId, @NotNull @Valid EquipmentRequest r) {
        requireAgency(agencyId);
        Equipment e = new Equipment();
        e.id = UUID.randomUUID();
        e.agencyId = agencyId;
        e.name = r.name().strip();
        e.model = r.model();
        e.serialNumber = r.serialNumber();
        e.calibrationValidTo = r.calibrationValidTo();
        e.recordedBy = caller.name();
        e.recordedAt = Instant.now();
        e.persist();
        return Response.status(Response.Status.CREATED).entity(mapper.toView(e)).build();
    }

    @GET
    @Path("/equipment")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "The equipment inventory, soonest calibration expiry first")
    public List<EquipmentView> equipment(@PathParam("agencyId") UUID agencyId) {
        requireAgency(agencyId);
        return Equipment.<Equipment>list("agencyId = ?1 order by calibrationValidTo nulls last, name", agencyId).stream()
                .map(mapper::toView).toList();
    }

    @POST
    @Path("/management-documents")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Record a management-system document (title, version, effective date)")
    public Response addDocument(@PathParam("agencyId") UUID agencyId, @NotNull @Valid ManagementDocumentRequest r) {
        requireAgency(agencyId);
        String title = r.title().strip();
        String version = r.version().strip();
        if (ManagementDocument.count("agencyId = ?1 and title = ?2 and version = ?3", agencyId, title, version) > 0) {
            throw ProblemException.conflict("version " + version + " of " + title + " is already recorded",
                    Map.of("title", title, "version", version));
        }
        ManagementDocument d = new ManagementDocument();
        d.id = UUID.randomUUID();
        d.agencyId = agencyId;
        d.title = title;
        d.version = version;
        d.effectiveOn = r.effectiveOn();
        d.recordedBy = caller.name();
        d.recordedAt = Instant.now();
        d.persist();
        return Response.status(Response.Status.CREATED).entity(mapper.toView(d)).build();
    }

    @GET
    @Path("/management-documents")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "The management-system documents, newest effective first")
    public List<ManagementDocumentView> documents(@PathParam("agencyId") UUID agencyId) {
        requireAgency(agencyId);
        return ManagementDocument.<ManagementDocument>list("agencyId = ?1 order by effectiveOn desc, title", agencyId).stream()
                .map(mapper::toView).toList();
    }
}
