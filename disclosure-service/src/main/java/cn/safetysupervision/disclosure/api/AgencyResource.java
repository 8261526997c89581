package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.domain.AgencyPublishing;
import cn.safetysupervision.disclosure.domain.AgencyPublishing.PriceInput;
import cn.safetysupervision.disclosure.domain.AgencyPublishing.PublicationResult;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** What an agency publishes itself, with its own token, on its own data only. */
@Path("/api/agency")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENCY)
@Tag(name = "agency", description = "An agency publishes its reports' disclosures and its price list")
public class AgencyResource {

    private final AgencyPublishing publishing;
    private final Caller caller;
    private final PublicQueries queries;
    private final DisclosureConfig config;

    AgencyResource(AgencyPublishing publishing, Caller caller, PublicQueries queries, DisclosureConfig config) {
        this.publishing = publishing;
        this.caller = caller;
        this.queries = queries;
        this.config = config;
    }

    @PUT
    @Path("/reports/{reportId}/disclosure")
    @Operation(summary = "Publish a submitted report's disclosure with the chosen site images (again: change the images)")
    @APIResponse(responseCode = "200", description = "Published; publication date and whether on time")
    @APIResponse(responseCode = "400", description = "Too few or too many images, or evidence not of this contract or not an image")
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Not an agency token")
    @APIResponse(responseCode = "404", description = "No such report of this agency")
    public AgencyRequests.Published publishReport(@PathParam("reportId") String reportId,
                                                  @NotNull @Valid AgencyRequests.PublishReport request) {
        PublicationResult result = publishing.publishReport(agency(), queries.id(reportId, "report"),
                request.imageEvidenceIds().stream().map(String::toLowerCase).toList());
        return new AgencyRequests.Published(result.reportId(), result.publishedOn(), result.onTime(),
                config.publicBaseUrl() + "/reports/" + result.reportId());
    }

    @PUT
    @Path("/price-list")
    @Operation(summary = "Publish a new version of the agency's price list (Art. 16); earlier versions stay public")
    @APIResponse(responseCode = "200", description = "The new version number")
    @APIResponse(responseCode = "400", description = "An item has neither price nor pricing method, or bad fields")
    @APIResponse(responseCode = "401", description = "No or bad token")
    @APIResponse(responseCode = "403", description = "Not an agency token")
    @APIResponse(responseCode = "409", description = "Concurrent publications kept colliding")
    public AgencyRequests.PricesPublished publishPrices(@NotNull @Valid AgencyRequests.PublishPrices request) {
        List<PriceInput> items = request.items().stream().map(i -> {
            if (i.price() == null && (i.pricingMethod() == null || i.pricingMethod().isBlank())) {
                throw ProblemException.invalidField("items", "each item needs a price or a pricing method");
            }
            return new PriceInput(i.item(), i.content(), i.price(), i.pricingMethod());
        }).toList();
        UUID agencyId = agency();
        int version = publishing.publishPrices(agencyId, request.effectiveOn(), items);
        return new AgencyRequests.PricesPublished(version, config.publicBaseUrl() + "/agencies/" + agencyId);
    }

    private UUID agency() {
        return caller.agencyId().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "an agency token names no agency"));
    }
}
