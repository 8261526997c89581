package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.domain.PublicDirectory;
import cn.safetysupervision.disclosure.domain.PublicDirectory.AgencyQuery;
import cn.safetysupervision.disclosure.domain.PublicViews.AgencySummary;
import cn.safetysupervision.disclosure.persistence.SiteImageStore;
import cn.safetysupervision.platform.http.Page;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** The public JSON API: the same content as the pages, no login, bounded, cacheable. */
@Path("/api/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public", description = "Public disclosure (Art. 11, 16): agencies, reports, prices, sanctions")
public class PublicApiResource {

    private final PublicDirectory directory;
    private final PublicQueries queries;
    private final PublicResponses responses;
    private final DisclosureConfig config;
    private final SiteImageStore images;

    PublicApiResource(PublicDirectory directory, PublicQueries queries, PublicResponses responses, DisclosureConfig config,
                      SiteImageStore images) {
        this.directory = directory;
        this.queries = queries;
        this.responses = responses;
        this.config = config;
        this.images = images;
    }

    @GET
    @Path("/images/{evidenceId}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A site image of a published report: this service's cleaned copy (no EXIF, GPS, XMP, comments "
            + "or text chunks; the capture time is in the report's JSON), verified against the archived SHA-256")
    @APIResponse(responseCode = "200", description = "The image; ETag is the copy's SHA-256, Cache-Control public")
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match tag")
    @APIResponse(responseCode = "404", description = "No such image of a published report, or not copied yet")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response image(@PathParam("evidenceId") String evidenceId, @Context HttpHeaders headers) {
        String id = queries.id(evidenceId, "image");
        directory.publishedImage(id).orElseThrow(() -> ProblemException.notFound("image", evidenceId));
        SiteImageStore.StoredImage image = images.get(id).orElseThrow(() -> ProblemException.notFound("image", evidenceId));
        String etag = "\"" + image.sha256() + "\"";
        String cacheControl = "public, max-age=" + config.images().maxAge().toSeconds();
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && java.util.Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals(etag) || t.equals("W/" + etag) || t.equals("*"))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        return Response.ok(image.bytes(), image.mediaType()).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/agencies")
    @Operation(summary = "Search agencies by name fragment or 统一社会信用代码, district and status (page size capped)")
    @APIResponse(responseCode = "200", description = "A page of agencies; ETag and Cache-Control set")
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match tag")
    @APIResponse(responseCode = "400", description = "Search text too long, unknown district or status, page out of range")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response agencies(@QueryParam("q") String q, @QueryParam("district") String district,
                             @QueryParam("status") String status, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        int p = queries.page(page);
        Page<AgencySummary> result = directory.searchAgencies(query(q, district, status), p, queries.size(size, p));
        return responses.json(result, headers);
    }

    @GET
    @Path("/agencies/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export a search result as CSV (format=csv) or JSON (format=json), at most disclosure.max-export-rows rows")
    @APIResponse(responseCode = "200", description = "The rows of the search")
    @APIResponse(responseCode = "400", description = "Bad search input or format")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response export(@QueryParam("q") String q, @QueryParam("district") String district,
                           @QueryParam("status") String status, @QueryParam("format") String format,
                           @Context HttpHeaders headers) {
        String f = format == null ? "csv" : format;
        if (!f.equals("csv") && !f.equals("json")) {
            throw ProblemException.invalidField("format", "csv or json");
        }
        AgencyQuery query = query(q, district, status);
        List<AgencySummary> rows = new ArrayList<>();
        int pageSize = config.maxPageSize();
        for (int p = 0; rows.size() < config.maxExportRows(); p++) {
            List<AgencySummary> items = directory.searchAgencies(query, p, pageSize).items();
            rows.addAll(items.subList(0, Math.min(items.size(), config.maxExportRows() - rows.size())));
            if (items.size() < pageSize) {
                break;
            }
        }
        Response response = f.equals("json") ? responses.json(rows, headers)
                : responses.text(Csv.agencies(rows), "text/csv; charset=UTF-8", headers);
        return Response.fromResponse(response)
                .header("Content-Disposition", "attachment; filename=\"agencies." + f + "\"").build();
    }

    @GET
    @Path("/agencies/{id}")
    @Operation(summary = "An agency's public profile: master data, certificates (待核验 ones never valid), staff counts, reports, prices, sanctions")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match tag")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response agency(@PathParam("id") String id, @Context HttpHeaders headers) {
        String agencyId = queries.id(id, "agency");
        return responses.json(directory.agency(agencyId).orElseThrow(() -> ProblemException.notFound("agency", id)), headers);
    }

    @GET
    @Path("/agencies/{id}/reports")
    @Operation(summary = "An agency's published reports, newest issue date first")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "Page out of range")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response agencyReports(@PathParam("id") String id, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        String agencyId = queries.id(id, "agency");
        int p = queries.page(page);
        return responses.json(directory.publishedReports(agencyId, p, queries.size(size, p)), headers);
    }

    @GET
    @Path("/agencies/{id}/prices")
    @Operation(summary = "An agency's price lists (Art. 16), newest version first: the history is kept")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response prices(@PathParam("id") String id, @Context HttpHeaders headers) {
        return responses.json(directory.priceHistory(queries.id(id, "agency")), headers);
    }

    @GET
    @Path("/reports/{id}")
    @Operation(summary = "A published report's disclosure (configured fields only; never a client-confidential one)")
    @APIResponse(responseCode = "200", description = "The disclosure")
    @APIResponse(responseCode = "404", description = "No such published report")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response report(@PathParam("id") String id, @Context HttpHeaders headers) {
        return responses.json(directory.report(queries.id(id, "report"))
                .orElseThrow(() -> ProblemException.notFound("report", id)), headers);
    }

    @GET
    @Path("/reports/{id}/file-check")
    @Operation(summary = "Whether a file's SHA-256 matches an evidence file archived for this report")
    @APIResponse(responseCode = "200", description = "matches true or false")
    @APIResponse(responseCode = "400", description = "Not a SHA-256")
    @APIResponse(responseCode = "404", description = "No such published report")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response fileCheck(@PathParam("id") String id, @QueryParam("sha256") String sha256, @Context HttpHeaders headers) {
        String hash = queries.sha256(sha256);
        return responses.json(directory.checkFile(queries.id(id, "report"), hash)
                .orElseThrow(() -> ProblemException.notFound("report", id)), headers);
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Verify a printed report number: does it exist, and the agency's certificates on its issue date")
    @APIResponse(responseCode = "200", description = "exists true or false")
    @APIResponse(responseCode = "400", description = "Not a report number")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response verify(@QueryParam("number") String number, @Context HttpHeaders headers) {
        return responses.json(directory.verify(queries.reportNumber(number)), headers);
    }

    @GET
    @Path("/sanctions")
    @Operation(summary = "Penalty decisions and dishonesty listings a regulator decided (never suspected findings)")
    @APIResponse(responseCode = "200", description = "A page of sanctions, newest decision first")
    @APIResponse(responseCode = "400", description = "Unknown kind or page out of range")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response sanctions(@QueryParam("kind") String kind, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        if (kind != null && !kind.isBlank() && !kind.equals("PENALTY") && !kind.equals("DISHONESTY_LISTING")) {
            throw ProblemException.invalidField("kind", "PENALTY or DISHONESTY_LISTING");
        }
        int p = queries.page(page);
        return responses.json(directory.sanctions(kind, p, queries.size(size, p)), headers);
    }

    @GET
    @Path("/ping")
    @Operation(summary = "Trivial endpoint (the bench's yardstick)")
    @APIResponse(responseCode = "200", description = "pong")
    public Response ping(@Context HttpHeaders headers) {
        return responses.text("pong", MediaType.TEXT_PLAIN, headers);
    }

    private AgencyQuery query(String q, String district, String status) {
        return new AgencyQuery(queries.text(q), queries.district(district), queries.status(status));
    }
}
