package cn.safetysupervision.compliance.api;

import cn.safetysupervision.compliance.persistence.ReferencePrice;
import cn.safetysupervision.platform.http.EntityTags;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/reference-prices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference prices", description = "The association's reference prices (Art. 16)")
public class ReferencePriceResource {

    /** Service type codes as in the contracts; industries are Chinese names (危险化学品) as in the business scope. */
    private static final String SERVICE_TYPE = "^[A-Z_]{1,30}$";
    private static final String INDUSTRY = "^[^/]{1,50}$";

    private final Caller caller;
    private final ComplianceApiMapper mapper;

    ReferencePriceResource(Caller caller, ComplianceApiMapper mapper) {
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "Every reference price")
    public List<ReferencePriceView> list() {
        return ReferencePrice.<ReferencePrice>listAll(Sort.by("serviceType").and("industry")).stream()
                .map(mapper::toView).toList();
    }

    @GET
    @Path("/{serviceType}/{industry}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION, Roles.AGENCY})
    @Operation(summary = "One reference price, with its ETag")
    public Response get(@PathParam("serviceType") String serviceType, @PathParam("industry") String industry) {
        ReferencePrice price = ReferencePrice.of(serviceType, industry)
                .orElseThrow(() -> ProblemException.notFound("reference price", serviceType + "/" + industry));
        return Response.ok(mapper.toView(price)).tag(EntityTags.tag(price.version)).build();
    }

    @PUT
    @Path("/{serviceType}/{industry}")
    @Transactional
    @RolesAllowed({Roles.ASSOCIATION})
    @Operation(summary = "Set a reference price", description = "Kept by the association. Creating needs no "
            + "If-Match (201); changing an existing price requires it (200).")
    public Response put(@PathParam("serviceType") @Pattern(regexp = SERVICE_TYPE) String serviceType,
                        @PathParam("industry") @Pattern(regexp = INDUSTRY) String industry,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid ReferencePriceRequest request) {
        var existing = ReferencePrice.of(serviceType, industry);
        ReferencePrice price;
        if (existing.isPresent()) {
            price = existing.get();
            EntityTags.requireMatch(ifMatch, price.version);
        } else {
            price = new ReferencePrice();
            price.id = UUID.randomUUID();
            price.serviceType = serviceType;
            price.industry = industry;
        }
        price.amount = request.amount();
        price.note = request.note();
        price.updatedBy = caller.name();
        price.updatedAt = Instant.now();
        price.persistAndFlush();
        return Response.status(existing.isPresent() ? Response.Status.OK : Response.Status.CREATED)
                .entity(mapper.toView(price)).tag(EntityTags.tag(price.version)).build();
    }
}
