package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.events.PenaltyEventMapper;
import cn.safetysupervision.compliance.persistence.PenaltyDecision;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.http.IdempotentRequests;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Penalty decisions a regulator recorded; each one is published as compliance.sanction.penalty-decided.v1. */
@Path("/api/v1/penalty-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Penalty decisions", description = "Administrative penalty decisions (行政处罚决定), public once decided")
public class PenaltyDecisionResource {

    private final Outbox outbox;
    private final PenaltyEventMapper events;
    private final PenaltyDecisionMapper mapper;
    private final IdempotentRequests idempotentRequests;
    private final Caller caller;

    PenaltyDecisionResource(Outbox outbox, PenaltyEventMapper events, PenaltyDecisionMapper mapper,
                            IdempotentRequests idempotentRequests, Caller caller) {
        this.outbox = outbox;
        this.events = events;
        this.mapper = mapper;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "Record a penalty decision", description = "Only a regulator decides penalties. Send "
            + "Idempotency-Key to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Recorded and published")
    @APIResponse(responseCode = "400", description = "Missing or bad fields")
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Not a regulator")
    @APIResponse(responseCode = "409", description = "A decision with this number is already recorded")
    public Response record(@NotNull @Valid PenaltyDecisionRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotentRequests.execute(caller.name(), idempotencyKey, request, () -> {
            if (PenaltyDecision.count("decisionNumber", request.decisionNumber()) > 0) {
                throw ProblemException.conflict("penalty decision " + request.decisionNumber() + " is already recorded");
            }
            if (request.endsOn() != null && request.endsOn().isBefore(request.decidedOn())) {
                throw ProblemException.invalidField("endsOn", "must not be before decidedOn");
            }
            PenaltyDecision decision = new PenaltyDecision();
            decision.id = UUID.randomUUID();
            decision.agencyId = request.agencyId();
            decision.decisionNumber = request.decisionNumber();
            decision.decidedOn = request.decidedOn();
            decision.legalBasis = request.legalBasis();
            decision.content = request.content();
            decision.endsOn = request.endsOn();
            decision.decidedBy = request.decidedBy();
            decision.recordedBy = caller.name();
            decision.recordedAt = Instant.now();
            decision.persist();
            outbox.publish(ComplianceEvents.PENALTY_DECIDED_V1, decision.agencyId, events.decided(decision));
            return Response.created(URI.create("/api/v1/penalty-decisions?agencyId=" + decision.agencyId))
                    .entity(mapper.toView(decision)).build();
        });
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "An agency's penalty decisions, newest first (an agency sees its own only)")
    @APIResponse(responseCode = "200", description = "The decisions")
    @APIResponse(responseCode = "400", description = "agencyId missing")
    @APIResponse(responseCode = "404", description = "Another agency's decisions")
    public List<PenaltyDecisionView> list(@QueryParam("agencyId") UUID agencyId) {
        if (agencyId == null) {
            throw ProblemException.invalidField("agencyId", "is required");
        }
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        return PenaltyDecision.<PenaltyDecision>list("agencyId", Sort.descending("decidedOn"), agencyId).stream()
                .map(mapper::toView).toList();
    }
}
