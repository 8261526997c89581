package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.events.ProjectionRebuild;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/projection-rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminResource {

    private final ProjectionRebuild rebuild;

    AdminResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @RolesAllowed({Roles.REGULATOR})
    @Operation(summary = "Rebuild the projections by replaying the consumed topics from the beginning",
            description = "Runs in the background (202); poll GET for its state. Findings, credit records and "
                    + "reference prices are kept; events already judged add nothing.")
    public Response start() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @RolesAllowed({Roles.REGULATOR})
    @Operation(summary = "State of the last projection rebuild")
    public ProjectionRebuild.Status status() {
        ProjectionRebuild.Status status = rebuild.current();
        if (status == null) {
            throw ProblemException.notFound("projection rebuild", "since start");
        }
        return status;
    }
}
