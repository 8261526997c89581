package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.domain.CreditGrade;
import cn.safetysupervision.compliance.domain.FindingStatus;
import cn.safetysupervision.compliance.persistence.CreditRecord;
import cn.safetysupervision.compliance.persistence.DishonestyListing;
import cn.safetysupervision.compliance.persistence.Finding;
import cn.safetysupervision.compliance.persistence.MonitoredAgency;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "An agency's compliance summary",
            description = "Registry data, credit grade and points, finding counts, dishonesty listing. "
                    + "An agency may read only its own.")
    public ComplianceSummaryView get(@PathParam("agencyId") UUID agencyId) {
        caller.requireAgencyAccess(agencyId, "agency", agencyId);
        MonitoredAgency agency = MonitoredAgency.<MonitoredAgency>findByIdOptional(agencyId)
                .orElseThrow(() -> ProblemException.notFound("agency", agencyId));
        CreditRecord credit = CreditRecord.findById(agencyId);
        long open = Finding.count("agencyId = ?1 and status in ?2", agencyId, FindingStatus.STILL_OPEN);
        long total = Finding.count("agencyId", agencyId);
        return mapper.toSummary(agency, credit == null ? CreditGrade.BLUE.name() : credit.grade.name(),
                credit == null ? 0 : credit.points, open, total, DishonestyListing.active(agencyId).isPresent());
    }
}
