package cn.safetysupervision.complaint.api;

import cn.safetysupervision.complaint.domain.Statements;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The agency concerned: its statement requests (the handler's version only) and its answers. */
@Path("/api/v1/agency/statement-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency statements", description = "情况说明: what the handler asks the agency, and its answer")
@RolesAllowed(Roles.AGENCY)
public class AgencyStatementResource {

    private final Statements statements;
    private final ApiMapper mapper;
    private final Caller caller;

    AgencyStatementResource(Statements statements, ApiMapper mapper, Caller caller) {
        this.statements = statements;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Transactional
    @Operation(summary = "The calling agency's statement requests, newest first")
    public List<Views.AgencyStatement> list() {
        return statements.of(agency()).stream().map(mapper::agencyStatement).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One statement request")
    @APIResponse(responseCode = "404", description = "No such request for this agency")
    public Views.AgencyStatement get(@PathParam("id") UUID id) {
        return mapper.agencyStatement(statements.get(agency(), id));
    }

    @POST
    @Path("/{id}/answer")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a statement request (once)")
    @APIResponse(responseCode = "200", description = "Answered")
    @APIResponse(responseCode = "404", description = "No such request for this agency")
    @APIResponse(responseCode = "409", description = "Already answered")
    public Views.AgencyStatement answer(@PathParam("id") UUID id, @NotNull @Valid Requests.Statement r) {
        return mapper.agencyStatement(statements.answer(agency(), id, caller.name(), r.answer()));
    }

    private UUID agency() {
        return caller.agencyId().orElseThrow(() -> ProblemException.unprocessable("the token names no agency"));
    }
}
