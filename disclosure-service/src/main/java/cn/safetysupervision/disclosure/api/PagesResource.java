package cn.safetysupervision.disclosure.api;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.domain.Districts;
import cn.safetysupervision.disclosure.domain.Labels;
import cn.safetysupervision.disclosure.domain.PublicDirectory;
import cn.safetysupervision.disclosure.domain.PublicDirectory.AgencyQuery;
import cn.safetysupervision.disclosure.domain.PublicViews;
import cn.safetysupervision.platform.http.Page;
import cn.safetysupervision.platform.problem.ProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** The public pages: server-rendered Chinese HTML, usable without JavaScript, with stable URLs. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "pages", description = "Public website (HTML)")
public class PagesResource {

    private static final String HTML = "text/html; charset=UTF-8";

    private final PublicDirectory directory;
    private final PublicQueries queries;
    private final PublicResponses responses;
    private final DisclosureConfig config;
    private final Template index;
    private final Template agency;
    private final Template report;
    private final Template sanctions;
    private final Template verify;
    private final Template error;

    PagesResource(PublicDirectory directory, PublicQueries queries, PublicResponses responses, DisclosureConfig config,
                  @Location("index.html") Template index, @Location("agency.html") Template agency,
                  @Location("report.html") Template report, @Location("sanctions.html") Template sanctions,
                  @Location("verify.html") Template verify, @Location("error.html") Template error) {
        this.directory = directory;
        this.queries = queries;
        this.responses = responses;
        this.config = config;
        this.index = index;
        this.agency = agency;
        this.report = report;
        this.sanctions = sanctions;
        this.verify = verify;
        this.error = error;
    }

    @GET
    @Operation(summary = "Home: search agencies by name, 统一社会信用代码, district, status")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "Bad search input (an HTML page saying so)")
    public Response home(@QueryParam("q") String q, @QueryParam("district") String district,
                         @QueryParam("status") String status, @QueryParam("page") Integer page,
                         @Context HttpHeaders headers) {
        return page(headers, () -> {
            String text = queries.text(q);
            String d = queries.district(district);
            String s = queries.status(status);
            int p = queries.page(page);
            int size = queries.size(20, p);
            Page<PublicViews.AgencySummary> result = directory.searchAgencies(new AgencyQuery(text, d, s), p, size);
            String filter = "q=" + enc(text) + "&district=" + enc(d) + "&status=" + enc(s);
            return site(index.instance()).data("q", text).data("district", d).data("status", s)
                    .data("districts", Districts.ALL)
                    .data("statuses", List.of("ACTIVE", "SUSPENDED", "CANCELLED", "REVOKED").stream()
                            .map(c -> new SiteInfo.Option(c, Labels.agencyStatus(c))).toList())
                    .data("maxQueryLength", config.maxQueryLength())
                    .data("countCap", PublicDirectory.COUNT_CAP)
                    .data("result", result)
                    .data("hasNext", (long) (p + 1) * size < result.total())
                    .data("prevUrl", "/?" + filter + "&page=" + (p - 1))
                    .data("nextUrl", "/?" + filter + "&page=" + (p + 1))
                    .data("csvUrl", "/api/public/agencies/export?format=csv&" + filter)
                    .data("jsonUrl", "/api/public/agencies/export?format=json&" + filter);
        });
    }

    @GET
    @Path("agencies/{id}")
    @Operation(summary = "An agency's public page (a stable URL the agency can link from its own site)")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "404", description = "No such agency (an HTML page saying so)")
    public Response agency(@PathParam("id") String id, @Context HttpHeaders headers) {
        return page(headers, () -> site(agency.instance()).data("agency",
                directory.agency(queries.id(id, "agency")).orElseThrow(() -> ProblemException.notFound("agency", id))));
    }

    @GET
    @Path("reports/{id}")
    @Operation(summary = "A published report's page with verification and a QR code")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "404", description = "No such published report (an HTML page saying so)")
    public Response report(@PathParam("id") String id, @Context HttpHeaders headers) {
        return page(headers, () -> reportPage(id, null));
    }

    @GET
    @Path("reports/{id}/check")
    @Operation(summary = "The report page with the result of checking a file's SHA-256 against the archived evidence")
    @APIResponse(responseCode = "200", description = "The page with the outcome")
    @APIResponse(responseCode = "400", description = "Not a SHA-256 (an HTML page saying so)")
    @APIResponse(responseCode = "404", description = "No such published report")
    public Response check(@PathParam("id") String id, @QueryParam("sha256") String sha256, @Context HttpHeaders headers) {
        return page(headers, () -> reportPage(id, queries.sha256(sha256)));
    }

    @POST
    @Path("reports/{id}/check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "The report page with the result of checking an uploaded file: its SHA-256 is computed here "
            + "and compared with the archived evidence; the file is not kept")
    @APIResponse(responseCode = "200", description = "The page with the outcome")
    @APIResponse(responseCode = "400", description = "No file (an HTML page saying so)")
    @APIResponse(responseCode = "404", description = "No such published report")
    @APIResponse(responseCode = "413", description = "File larger than quarkus.http.limits.max-body-size")
    public Response checkUpload(@PathParam("id") String id, @RestForm("file") FileUpload file, @Context HttpHeaders headers) {
        return page(headers, () -> {
            if (file == null || file.uploadedFile() == null) {
                throw ProblemException.invalidField("file", "choose a file");
            }
            try {
                return reportPage(id, Sha256.of(file.uploadedFile()));
            } finally {
                try {
                    Files.deleteIfExists(file.uploadedFile());
                } catch (IOException ignored) {
                    // the upload directory is cleaned at the end of the request as well
                }
            }
        });
    }

    private TemplateInstance reportPage(String id, String sha256) {
        String reportId = queries.id(id, "report");
        PublicViews.ReportDisclosure disclosure = directory.report(reportId)
                .orElseThrow(() -> ProblemException.notFound("report", id));
        TemplateInstance page = site(report.instance()).data("report", disclosure)
                .data("verification", directory.verify(disclosure.reportNumber()))
                .data("sha256", sha256);
        return page.data("fileCheck", sha256 == null ? null : directory.checkFile(reportId, sha256).orElse(null));
    }

    @GET
    @Path("sanctions")
    @Operation(summary = "Penalty decisions and the dishonesty list")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "Page out of range (an HTML page saying so)")
    public Response sanctions(@QueryParam("page") Integer page, @Context HttpHeaders headers) {
        return page(headers, () -> {
            int p = queries.page(page);
            int size = queries.size(config.maxPageSize(), p);
            Page<PublicViews.Sanction> result = directory.sanctions(null, p, size);
            return site(sanctions.instance()).data("result", result).data("hasNext", (long) (p + 1) * size < result.total());
        });
    }

    @GET
    @Path("verify")
    @Operation(summary = "Verify a printed report's number")
    @APIResponse(responseCode = "200", description = "The page, with the outcome when a number was given")
    @APIResponse(responseCode = "400", description = "Not a report number (an HTML page saying so)")
    public Response verify(@QueryParam("number") String number, @Context HttpHeaders headers) {
        return page(headers, () -> {
            TemplateInstance page = site(verify.instance());
            if (number == null || number.isBlank()) {
                return page.data("number", null).data("verification", null);
            }
            String n = queries.reportNumber(number);
            return page.data("number", n).data("verification", directory.verify(n));
        });
    }

    /** Renders a page; a problem (bad input, not found) becomes an HTML page with the same status. */
    private Response page(HttpHeaders headers, Supplier<TemplateInstance> page) {
        try {
            return responses.text(page.get().render(), HTML, headers);
        } catch (ProblemException e) {
            int status = e.type().status();
            String title = status == 404 ? "未找到" : "请求有误";
            String detail = status == 404 ? "您要查找的内容不存在或尚未公开。" : "查询条件有误：" + e.getMessage();
            return Response.status(status).type(HTML)
                    .entity(site(error.instance()).data("title", title).data("detail", detail).render()).build();
        }
    }

    private TemplateInstance site(TemplateInstance instance) {
        return instance.data("site", siteInfo());
    }

    SiteInfo siteInfo() {
        return new SiteInfo(config.hotlines().stream().map(h -> new SiteInfo.Hotline(h.name(), h.number())).toList(),
                config.complaintFormUrl(), config.publicBaseUrl());
    }

    private static String enc(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
