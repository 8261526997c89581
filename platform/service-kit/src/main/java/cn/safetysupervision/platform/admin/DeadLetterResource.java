package cn.safetysupervision.platform.admin;

import cn.safetysupervision.platform.events.DeadLetterRedrive;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;

/** Every service's operator endpoint to re-drive its dead-lettered records ({@link DeadLetterRedrive}). */
@Path("/api/v1/admin/dead-letters/redrive")
@Tag(name = "admin")
public class DeadLetterResource {

    private final DeadLetterRedrive redrive;

    DeadLetterResource(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    @POST
    @RolesAllowed(Roles.REGULATOR)
    @Consumes(MediaType.WILDCARD)  // reads no body: however a client labels an empty POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-drive the dead-letter topic",
            description = "Writes every record of <service>.dlq not re-driven before back to its topic, unchanged (same "
                    + "ce_id); consumers apply it through their idempotent path. Run it once the cause is fixed.")
    @APIResponse(responseCode = "200", description = "how many records went back, by topic")
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "not a regulator")
    public DeadLetterRedrive.Result redrive() {
        return redrive.redrive(Duration.ofSeconds(60));
    }
}
