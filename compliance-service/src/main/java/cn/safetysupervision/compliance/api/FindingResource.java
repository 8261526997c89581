package cn.safetysupervision.compliance.api;

import cn.safetysupervision.platform.http.Page;
import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.domain.FindingService;
import cn.safetysupervision.compliance.domain.FindingStatus;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.ComplianceRule;
import cn.safetysupervision.compliance.domain.rules.RuleCatalog;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.compliance.persistence.Finding;
import cn.safetysupervision.compliance.persistence.MonitoredAgency;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings", description = "Violations of the guideline found by rules or recorded by supervisors")
public class FindingResource {

    private final FindingService findings;
    private final RuleCatalog rules;
    private final ComplianceApiMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;
    private final ComplianceConfig config;

    FindingResource(FindingService findings, RuleCatalog rules, ComplianceApiMapper mapper,
                    IdempotentRequests idempotentRequests, Caller caller, ComplianceConfig config) {
        this.findings = findings;
        this.rules = rules;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Search findings", description = "By agency, rule, status and flagged time [from, to), newest "
            + "first. An agency sees only its own findings (its agencyId is implied).")
    public Page<FindingView> search(@QueryParam("agencyId") UUID agencyId, @QueryParam("ruleId") String ruleId,
                              @QueryParam("status") String status, @QueryParam("from") Instant from,
                              @QueryParam("to") Instant to,
                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(1000) int size) {
        Page.Request.of(page, size, size, config.maxPageSize());  // page bounded, size capped (400 otherwise)
        if (!caller.isSupervisor()) {
            if (agencyId != null) {
                caller.requireAgencyAccess(agencyId, "agency", agencyId);
            }
            agencyId = caller.agencyId().orElseThrow(() -> ProblemException.notFound("agency", "of this token"));
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (agencyId != null) {
            where.add("agencyId = :agencyId");
            params.and("agencyId", agencyId);
        }
        if (ruleId != null) {
            where.add("ruleId = :ruleId");
            params.and("ruleId", ruleId);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", parseStatus(status));
        }
        if (from != null) {
            where.add("flaggedAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("flaggedAt < :to");
            params.and("to", to);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = Finding.<Finding>find(query, Sort.descending("flaggedAt").and("id"), params).page(io.quarkus.panache.common.Page.of(page, size));
        return new Page<>(found.list().stream().map(this::view).toList(), page, size, found.count());
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Read a finding", description = "With its ETag, needed to change its status.")
    public Response get(@PathParam("id") UUID id) {
        Finding finding = load(id);
        return Response.ok(view(finding)).tag(EntityTags.tag(finding.version)).build();
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Record a manual finding", description = "For what data cannot show (e.g. ART14-1, 6, 9, 11, "
            + "15, 16, ART17-1/2/3/5), with evidence. 409 when the rule already has an open finding on the subject. "
            + "Send Idempotency-Key to make a retry safe.")
    public Response record(@NotNull @Valid RecordFindingRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        caller.requireSupervisor();
        return idempotentRequests.execute(caller.name(), idempotencyKey, request, () -> {
            ComplianceRule rule = rules.byId(request.ruleId())
                    .orElseThrow(() -> ProblemException.invalidField("ruleId", "no rule " + request.ruleId() + " in the catalog"));
            UUID subjectId = request.subjectId();
            if (subjectId == null) {
                if (request.subjectType() != SubjectType.AGENCY) {
                    throw ProblemException.invalidField("subjectId", "is required for a " + request.subjectType() + " subject");
                }
                subjectId = request.agencyId();
            } else if (request.subjectType() == SubjectType.AGENCY && !subjectId.equals(request.agencyId())) {
                throw ProblemException.invalidField("subjectId", "must equal agencyId for an AGENCY subject");
            }
            if (MonitoredAgency.findById(request.agencyId()) == null) {
                throw ProblemException.invalidField("agencyId", "no agency " + request.agencyId() + " is known from the registry");
            }
            Finding.findOpen(rule.id(), request.subjectType(), subjectId).ifPresent(open -> {
                throw ProblemException.conflict("finding " + open.id + " of " + rule.id() + " is already open on this subject",
                        Map.of("openFindingId", open.id));
            });
            Map<String, String> facts = new LinkedHashMap<>();
            if (request.facts() != null) {
                facts.putAll(request.facts());
            }
            facts.put("description", request.description());
            facts.put("evidence", String.join("\n", request.evidenceReferences()));
            Finding finding = findings.flag(rule, new Violation(request.agencyId(), request.subjectType(), subjectId, facts),
                    List.of(), "MANUAL", caller.name()).finding();
            return Response.created(uri.getAbsolutePathBuilder().path(finding.id.toString()).build())
                    .tag(EntityTags.tag(finding.version)).entity(mapper.toView(finding)).build();
        });
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Acknowledge a finding", description = "The agency (or a supervisor) confirms it has seen an "
            + "open finding. Requires If-Match.")
    public Response acknowledge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid StatusChangeRequests.Acknowledge request) {
        return change(id, ifMatch, (finding, by) -> findings.acknowledge(finding, by));
    }

    @POST
    @Path("/{id}/resolution")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Resolve a finding", description = "The violation was corrected. Requires If-Match.")
    public Response resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid StatusChangeRequests.Resolve request) {
        caller.requireSupervisor();
        return change(id, ifMatch, (finding, by) -> findings.resolve(finding, request.note(), by));
    }

    @POST
    @Path("/{id}/dismissal")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Dismiss a finding", description = "Unfounded, with the reason; it leaves the integrity "
            + "record. Requires If-Match.")
    public Response dismiss(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid StatusChangeRequests.Dismiss request) {
        caller.requireSupervisor();
        return change(id, ifMatch, (finding, by) -> findings.dismiss(finding, request.reason(), by));
    }

    @POST
    @Path("/{id}/confirmation")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Confirm a suspected finding", description = "A person stands behind the machine's suspicion, "
            + "with the reason (who, when, why are recorded); from now on it adds integrity points. Emits "
            + "finding.confirmed.v1. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "409", description = "Already confirmed, or dismissed")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response confirm(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid StatusChangeRequests.Confirm request) {
        caller.requireSupervisor();
        return change(id, ifMatch, (finding, by) -> findings.confirm(finding, request.reason().strip(), by, false));
    }

    @POST
    @Path("/{id}/response")
    @Transactional
    @RolesAllowed({Roles.AGENCY})
    @Operation(summary = "The agency answers a suspected finding about itself",
            description = "Statement and evidence references, once, until respondBy (working days, default 10). "
                    + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Answer recorded")
    @APIResponse(responseCode = "404", description = "No such finding of this agency")
    @APIResponse(responseCode = "409", description = "Not suspected, closed, already answered or window over")
    public Response respond(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid StatusChangeRequests.Respond request) {
        return change(id, ifMatch, (finding, by) -> findings.respond(finding, request.statement().strip(),
                request.evidenceReferences(), by));
    }

    @POST
    @Path("/{id}/referral")
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Refer a finding to the judicial authorities", description = "Art. 19, with the referral "
            + "record. Requires If-Match.")
    public Response refer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid StatusChangeRequests.Refer request) {
        caller.requireSupervisor();
        return change(id, ifMatch, (finding, by) -> findings.refer(finding, request.authority(),
                request.referenceNumber(), request.referredOn(), request.note(), by));
    }

    private Response change(UUID id, String ifMatch, BiFunction<Finding, String, Finding> action) {
        Finding finding = load(id);
        EntityTags.requireMatch(ifMatch, finding.version);
        Finding changed = action.apply(finding, caller.name());
        changed.persistAndFlush();
        return Response.ok(view(changed)).tag(EntityTags.tag(changed.version)).build();
    }

    /** Supervisors see everything; an agency does not see facts about third parties. */
    private FindingView view(Finding finding) {
        FindingView view = mapper.toView(finding);
        return caller.isSupervisor() ? view : FindingDisclosure.forAgency(view);
    }

    private static FindingStatus parseStatus(String status) {
        try {
            return FindingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + java.util.Arrays.toString(FindingStatus.values()));
        }
    }

    private Finding load(UUID id) {
        Finding finding = Finding.findById(id);
        if (finding == null) {
            throw ProblemException.notFound("finding", id);
        }
        caller.requireAgencyAccess(finding.agencyId, "finding", id);
        return finding;
    }
}
