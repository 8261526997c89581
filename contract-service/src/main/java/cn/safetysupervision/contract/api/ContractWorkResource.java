package cn.safetysupervision.contract.api;

import cn.safetysupervision.contract.domain.ContractService;
import cn.safetysupervision.contract.domain.ContractWorkService;
import cn.safetysupervision.contract.domain.EvidenceService;
import cn.safetysupervision.contract.persistence.Evidence;
import cn.safetysupervision.contract.persistence.EvidenceFiles;
import cn.safetysupervision.contract.persistence.FollowUp;
import cn.safetysupervision.contract.persistence.Hazard;
import cn.safetysupervision.contract.persistence.Report;
import cn.safetysupervision.contract.persistence.SiteVisit;
import cn.safetysupervision.contract.persistence.WrittenNotice;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

@Path("/api/v1/contracts/{contractId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contract work", description = "书面告知, site visits and evidence, hazards, report, follow-ups")
public class ContractWorkResource {


    private final ContractService contracts;
    private final ContractWorkService work;
    private final EvidenceService evidence;
    private final EvidenceFiles files;
    private final ContractApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;

    ContractWorkResource(ContractService contracts, ContractWorkService work, EvidenceService evidence,
                         EvidenceFiles files, ContractApiMapper mapper, IdempotentRequests idempotentRequests,
                         Caller caller) {
        this.contracts = contracts;
        this.work = work;
        this.evidence = evidence;
        this.files = files;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    // --- written notice (书面告知) ---

    @POST
    @Path("/written-notices")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY}) // supervisors record older facts with a reason
    @Operation(summary = "File the written notice to the local authority", description = "Emits written-notice-filed.v1.")
    public Response fileNotice(@PathParam("contractId") UUID contractId, @NotNull @Valid ContractRequests.WrittenNotice request,
                               @HeaderParam(IdempotentRequests.HEADER) String key, UriInfo uri) {
        return create(key, request, uri, () -> {
            WrittenNotice notice = work.fileNotice(contractId, request);
            return new Created(notice.id, mapper.toView(notice));
        });
    }

    @GET
    @Path("/written-notices")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "List the written notices")
    public List<ContractViews.WrittenNoticeView> notices(@PathParam("contractId") UUID contractId) {
        contracts.get(contractId);
        return WrittenNotice.<WrittenNotice>list("contractId = ?1 order by filedAt", contractId).stream().map(mapper::toView).toList();
    }

    // --- site visits and evidence ---

    @POST
    @Path("/site-visits")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY}) // supervisors record older facts with a reason
    @Operation(summary = "Record a site visit", description = "Time, place, attending practitioners. startedAt must not be "
            + "in the future nor, for an agency, more than the typed-date grace (30 days) before today (422); a regulator "
            + "or the association records an older visit with backdatingReason. Emits site-visit-recorded.v1.")
    public Response recordSiteVisit(@PathParam("contractId") UUID contractId, @NotNull @Valid ContractRequests.SiteVisit request,
                                    @HeaderParam(IdempotentRequests.HEADER) String key, UriInfo uri) {
        return create(key, request, uri, () -> {
            SiteVisit visit = work.recordSiteVisit(contractId, request);
            return new Created(visit.id, mapper.toView(visit));
        });
    }

    @GET
    @Path("/site-visits")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "List the site visits")
    public List<ContractViews.SiteVisitView> siteVisits(@PathParam("contractId") UUID contractId) {
        contracts.get(contractId);
        return SiteVisit.<SiteVisit>list("contractId = ?1 order by startedAt", contractId).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("/evidence")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Upload an evidence file",
            description = "The raw bytes as the body; fileName as a query parameter. JPEG, PNG, PDF and MP4 are "
                    + "recognised by content; size is capped. Streamed to storage with SHA-256; immutable once archived. "
                    + "Emits evidence-archived.v1.")
    public Response upload(@PathParam("contractId") UUID contractId, @QueryParam("fileName") String fileName,
                           @QueryParam("siteVisitId") UUID siteVisitId, @QueryParam("capturedAt") Instant capturedAt,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body, UriInfo uri) {
        Evidence archived = evidence.archive(contractId, siteVisitId, fileName, capturedAt, contentLength, body);
        return Response.created(uri.getAbsolutePathBuilder().path(archived.id.toString()).build())
                .entity(mapper.toView(archived)).build();
    }

    @GET
    @Path("/evidence")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "List the evidence files")
    public List<ContractViews.EvidenceView> evidence(@PathParam("contractId") UUID contractId) {
        contracts.get(contractId);
        return Evidence.<Evidence>list("contractId = ?1 order by archivedAt", contractId).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/evidence/{evidenceId}")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read an evidence file's record")
    public ContractViews.EvidenceView evidenceRecord(@PathParam("contractId") UUID contractId, @PathParam("evidenceId") UUID evidenceId) {
        return mapper.toView(evidenceOf(contractId, evidenceId));
    }

    @GET
    @Path("/evidence/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY, Roles.EVIDENCE_READER})
    @Operation(summary = "Download an evidence file", description = "The hash is re-checked before any byte is sent. "
            + "Also for the evidence-reader service account (disclosure-service copies the site images agencies publish).")
    public Response download(@PathParam("contractId") UUID contractId, @PathParam("evidenceId") UUID evidenceId) {
        Evidence record = QuarkusTransaction.requiringNew().call(() -> caller.isEvidenceReader() && !caller.isSupervisor()
                && caller.agencyId().isEmpty() ? findEvidence(contractId, evidenceId) : evidenceOf(contractId, evidenceId));
        StreamingOutput stream = files.verified(record.storageKey, record.sha256);
        return Response.ok(stream, record.mediaType)
                .header("Content-Length", record.sizeBytes)
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(record.sha256)))
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(record.fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    // --- hazards ---

    @POST
    @Path("/hazards")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Report a hazard", description = "一般/重大隐患 with advice. Emits hazard-reported.v1.")
    public Response reportHazard(@PathParam("contractId") UUID contractId, @NotNull @Valid ContractRequests.Hazard request,
                                 @HeaderParam(IdempotentRequests.HEADER) String key, UriInfo uri) {
        return create(key, request, uri, () -> {
            Hazard hazard = work.reportHazard(contractId, request);
            return new Created(hazard.id, mapper.toView(hazard));
        });
    }

    @GET
    @Path("/hazards")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "List the hazards")
    public List<ContractViews.HazardView> hazards(@PathParam("contractId") UUID contractId) {
        contracts.get(contractId);
        return Hazard.<Hazard>list("contractId = ?1 order by reportedAt", contractId).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/hazards/{hazardId}")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read a hazard")
    public Response hazard(@PathParam("contractId") UUID contractId, @PathParam("hazardId") UUID hazardId) {
        Hazard hazard = work.hazard(contractId, hazardId);
        return Response.ok(mapper.toView(hazard)).tag(EntityTags.tag(hazard.version)).build();
    }

    @POST
    @Path("/hazards/{hazardId}/rectification")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Record that the client rectified a hazard", description = "Requires If-Match. Emits hazard-rectified.v1.")
    public Response rectify(@PathParam("contractId") UUID contractId, @PathParam("hazardId") UUID hazardId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ContractRequests.Rectification request) {
        return hazardChanged(work.rectify(contractId, hazardId, ifMatch, request));
    }

    @POST
    @Path("/hazards/{hazardId}/confirmation")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Confirm a rectification (整改复核)", description = "Requires If-Match. Emits hazard-confirmed.v1.")
    public Response confirm(@PathParam("contractId") UUID contractId, @PathParam("hazardId") UUID hazardId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ContractRequests.Confirmation request) {
        return hazardChanged(work.confirm(contractId, hazardId, ifMatch, request));
    }

    @POST
    @Path("/hazards/{hazardId}/deferral")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Record that the client cannot rectify soon (Art. 8)", description = "Requires If-Match. Emits hazard-deferred.v1.")
    public Response defer(@PathParam("contractId") UUID contractId, @PathParam("hazardId") UUID hazardId,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ContractRequests.Deferral request) {
        return hazardChanged(work.defer(contractId, hazardId, ifMatch, request));
    }

    // --- report and follow-ups ---

    @POST
    @Path("/report")
    @Transactional
    @RolesAllowed(Roles.AGENCY)
    @Operation(summary = "Submit the report", description = "Signatories with credential numbers, summary, linked hazards. Emits report-submitted.v1.")
    public Response submitReport(@PathParam("contractId") UUID contractId, @NotNull @Valid ContractRequests.Report request,
                                 @HeaderParam(IdempotentRequests.HEADER) String key, UriInfo uri) {
        return idempotentRequests.execute(caller.name(), key, request, () -> {
            Report report = work.submitReport(contractId, request);
            return Response.created(uri.getAbsolutePath()).entity(mapper.toView(report)).build();
        });
    }

    @GET
    @Path("/report")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read the report")
    public ContractViews.ReportView report(@PathParam("contractId") UUID contractId) {
        contracts.get(contractId);
        Report report = Report.find("contractId", contractId).firstResult();
        if (report == null) {
            throw ProblemException.notFound("report of contract", contractId);
        }
        return mapper.toView(report);
    }

    @POST
    @Path("/follow-ups")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY}) // supervisors record older facts with a reason
    @Operation(summary = "Record a follow-up visit after completion (Art. 10)", description = "Emits follow-up-recorded.v1.")
    public Response recordFollowUp(@PathParam("contractId") UUID contractId, @NotNull @Valid ContractRequests.FollowUp request,
                                   @HeaderParam(IdempotentRequests.HEADER) String key, UriInfo uri) {
        return create(key, request, uri, () -> {
            FollowUp followUp = work.recordFollowUp(contractId, request);
            return new Created(followUp.id, mapper.toView(followUp));
        });
    }

    @GET
    @Path("/follow-ups")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "List the follow-up visits")
    public List<ContractViews.FollowUpView> followUps(@PathParam("contractId") UUID contractId) {
        contracts.get(contractId);
        return FollowUp.<FollowUp>list("contractId = ?1 order by visitDate", contractId).stream().map(mapper::toView).toList();
    }

    private record Created(UUID id, Object view) {
    }

    private Response create(String key, Object request, UriInfo uri, Supplier<Created> action) {
        return idempotentRequests.execute(caller.name(), key, request, () -> {
            Created created = action.get();
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .entity(created.view()).build();
        });
    }

    private Response hazardChanged(Hazard hazard) {
        Hazard.getEntityManager().flush();
        return Response.ok(mapper.toView(hazard)).tag(EntityTags.tag(hazard.version)).build();
    }

    private Evidence evidenceOf(UUID contractId, UUID evidenceId) {
        contracts.get(contractId);
        return findEvidence(contractId, evidenceId);
    }

    /** The record without the caller's agency check (the evidence-reader service account reads any). */
    private static Evidence findEvidence(UUID contractId, UUID evidenceId) {
        Evidence record = Evidence.findById(evidenceId);
        if (record == null || !record.contractId.equals(contractId)) {
            throw ProblemException.notFound("evidence", evidenceId);
        }
        return record;
    }
}
