package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.persistence.MonitoredAgency;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/agencies/{agencyId}/compliance-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance summary")
public class ComplianceSummaryResource {

    private final Caller caller;
    private final ComplianceApiMapper mapper;

    ComplianceSummaryResource(Caller caller, ComplianceApiMapper mapper) {
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "An agency's compliance summary", description = "An agency may read only its own.")
    public ComplianceSummaryView get(@PathParam("agencyId") UUID agencyId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        MonitoredAgency agency = MonitoredAgency.<MonitoredAgency>findByIdOptional(agencyId)
                .orElseThrow(() -> ProblemException.notFound("agency", agencyId));
        return mapper.toSummary(agency);
    }
}
