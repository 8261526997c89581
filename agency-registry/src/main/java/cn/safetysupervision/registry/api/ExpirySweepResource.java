package cn.safetysupervision.registry.api;

import cn.safetysupervision.platform.security.Roles;
import cn.safetysupervision.registry.domain.ExpirySweep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/expiry-sweeps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ExpirySweepResource {

    private final ExpirySweep sweep;

    ExpirySweepResource(ExpirySweep sweep) {
        this.sweep = sweep;
    }

    @POST
    @RolesAllowed(Roles.REGULATOR)
    @Operation(summary = "Run the expiry sweep now",
            description = "Qualification certificates, practitioner credentials and equipment calibrations. It also runs on a "
                    + "schedule. Each warning and expiry is emitted once however often it runs.")
    public SweepView run() {
        ExpirySweep.Result r = sweep.sweep();
        return new SweepView(r.qualificationWarnings(), r.qualificationsExpired(), r.credentialWarnings(), r.credentialsExpired(),
                r.equipmentCalibrationWarnings(), r.equipmentCalibrationsExpired());
    }
}
