package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.domain.CreditService;
import cn.safetysupervision.compliance.persistence.ListingProposal;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** A regulator's decision on a red grade's dishonesty-listing proposal (严重失信主体名单, MEM Order No. 11). */
@Path("/api/v1/listing-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integrity record", description = "Credit grade 蓝/黄/橙/红, its history, the dishonesty list")
public class ListingProposalResource {

    private final CreditService credit;
    private final ComplianceApiMapper mapper;
    private final Caller caller;

    ListingProposalResource(CreditService credit, ComplianceApiMapper mapper, Caller caller) {
        this.credit = credit;
        this.mapper = mapper;
        this.caller = caller;
    }

    /**
     * List (with decision number, legal basis, start and end; end defaults to the configured term) or decline,
     * with the reason either way.
     */
    public record Decision(@NotNull Boolean list, @Size(max = 100) String decisionNumber, @Size(max = 2000) String legalBasis,
                           LocalDate startDate, LocalDate endDate, @NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @Path("/{id}/decision")
    @Transactional
    @RolesAllowed({Roles.REGULATOR})
    @Operation(summary = "Decide a dishonesty-listing proposal (regulators only)",
            description = "Listing emits dishonesty-listing-started.v1 with the decision number, legal basis and term.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "Listing without decision number, legal basis or start date; end before start")
    @APIResponse(responseCode = "404", description = "No such proposal")
    @APIResponse(responseCode = "409", description = "Already decided, or the agency is already listed")
    public CreditView.ProposalView decide(@PathParam("id") UUID id, @NotNull @Valid Decision decision) {
        ListingProposal proposal = ListingProposal.<ListingProposal>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("listing proposal", id));
        LocalDate end = null;
        if (decision.list()) {
            if (decision.decisionNumber() == null || decision.decisionNumber().isBlank()) {
                throw ProblemException.invalidField("decisionNumber", "a listing is a decision with its number");
            }
            if (decision.legalBasis() == null || decision.legalBasis().isBlank()) {
                throw ProblemException.invalidField("legalBasis", "a listing cites its legal basis");
            }
            if (decision.startDate() == null) {
                throw ProblemException.invalidField("startDate", "a listing has a first day");
            }
            end = decision.endDate() == null ? credit.defaultListingEnd(decision.startDate()) : decision.endDate();
            if (end.isBefore(decision.startDate())) {
                throw ProblemException.invalidField("endDate", "must not be before startDate");
            }
        }
        credit.decideProposal(proposal, decision.list(), decision.decisionNumber(), decision.legalBasis(),
                decision.startDate(), end, decision.reason().strip(), caller.name());
        proposal.persistAndFlush();
        return mapper.toView(proposal);
    }
}
