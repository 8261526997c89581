package cn.safetysupervision.dashboard.api;

import cn.safetysupervision.dashboard.domain.DashboardViews;
import cn.safetysupervision.dashboard.domain.FeedItem;
import cn.safetysupervision.dashboard.domain.InspectionDraws;
import cn.safetysupervision.dashboard.domain.Table;
import cn.safetysupervision.dashboard.persistence.FeedStore;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Caller;
import cn.safetysupervision.platform.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dashboard's data as JSON and CSV: the same tables the screens render. Supervisors only. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
@APIResponse(responseCode = "401", description = "no or invalid bearer token")
@APIResponse(responseCode = "403", description = "not a regulator or association token (agencies see nothing here)")
public class DashboardResource {

    private final DashboardViews views;
    private final FeedStore feed;
    private final InspectionDraws draws;
    private final Caller caller;
    private final ObjectMapper json;

    DashboardResource(DashboardViews views, FeedStore feed, InspectionDraws draws, Caller caller, ObjectMapper json) {
        this.views = views;
        this.feed = feed;
        this.draws = draws;
        this.caller = caller;
        this.json = json;
    }

    public record Me(String name, boolean regulator) {
    }

    public record Overview(Map<String, Long> headline, List<Table> tables) {
    }

    public record FindingDetail(Map<String, Object> finding, List<FeedItem> events, List<FeedItem> evidence) {
    }

    public record DrawRequest(String district, String grade, @NotNull @Min(1) @Max(1000) Integer count, Long seed) {
    }

    public record DrawView(InspectionDraws.Result draw, List<String> redone, boolean reproducible) {
    }

    @GET
    @Path("/me")
    @Operation(summary = "Who is signed in (the sign-in page checks the token with it)")
    @APIResponse(responseCode = "200", description = "a supervisor")
    public Me me() {
        return new Me(caller.name(), caller.isRegulator());
    }

    @GET
    @Path("/overview")
    @Operation(summary = "Headline counts and the overview tables: by rule, agency, credit grade, district, weekly trends")
    @APIResponse(responseCode = "200", description = "the overview")
    @APIResponse(responseCode = "400", description = "a filter is malformed")
    public Overview overview(@BeanParam FilterParams filters) {
        return new Overview(views.headline(), views.tables(DashboardViews.OVERVIEW, filters.toFilters()));
    }

    @GET
    @Path("/queues")
    @Operation(summary = "The work queues with their deadlines (ISO instants, counted down on screen)")
    @APIResponse(responseCode = "200", description = "the queues")
    @APIResponse(responseCode = "400", description = "a filter is malformed")
    public List<Table> queues(@BeanParam FilterParams filters) {
        return views.tables(DashboardViews.QUEUES, filters.toFilters());
    }

    @GET
    @Path("/feed")
    @Operation(summary = "The feed, newest first (200 at a time; before=<seq> pages back)")
    @APIResponse(responseCode = "200", description = "feed items with their raw events")
    @APIResponse(responseCode = "400", description = "a filter is malformed")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedItem> feed(@BeanParam FilterParams params) {
        var f = params.toFilters();
        return feed.latest(f.category(), f.type(), f.agencyId(), f.before(), 200).stream()
                .map(row -> FeedItem.of(row, json)).toList();
    }

    @GET
    @Path("/feed/{seq}")
    @Operation(summary = "One feed item with its raw event: topic, partition, offset, ce_id, payload")
    @APIResponse(responseCode = "200", description = "the item")
    @APIResponse(responseCode = "404", description = "no such item")
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedItem feedItem(@PathParam("seq") long seq) {
        return feed.bySeq(seq).map(row -> FeedItem.of(row, json)).orElseThrow(() -> ProblemException.notFound("feed item", seq));
    }

    @GET
    @Path("/findings/{findingId}")
    @Operation(summary = "A finding, its events and its evidence (the events that made the rule fire)")
    @APIResponse(responseCode = "200", description = "the finding")
    @APIResponse(responseCode = "404", description = "the dashboard has received nothing of this finding")
    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingDetail finding(@PathParam("findingId") UUID findingId) {
        return findingDetail(findingId);
    }

    FindingDetail findingDetail(UUID findingId) {
        List<FeedItem> events = feed.byFinding(findingId).stream().map(row -> FeedItem.of(row, json)).toList();
        if (events.isEmpty()) {
            throw ProblemException.notFound("finding", findingId);
        }
        List<Object[]> rows = views.findingRow(findingId);
        Map<String, Object> finding = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            Object[] r = rows.get(0);
            finding.put("findingId", findingId);
            finding.put("agencyId", r[0]);
            finding.put("agencyName", r[1]);
            finding.put("ruleId", r[2]);
            finding.put("article", r[3]);
            finding.put("title", r[4]);
            finding.put("severity", r[5]);
            finding.put("origin", r[6]);
            finding.put("status", r[7]);
            finding.put("statusLabel", DashboardViews.statusLabel((String) r[7]));
        }
        List<String> triggering = events.stream().filter(e -> e.payload().has("triggeringEventIds"))
                .flatMap(e -> java.util.stream.StreamSupport.stream(e.payload().get("triggeringEventIds").spliterator(), false))
                .map(node -> node.asText()).distinct().toList();
        Map<String, String> facts = new LinkedHashMap<>();
        events.stream().filter(e -> e.payload().has("facts")).forEach(e -> e.payload().get("facts").fields()
                .forEachRemaining(field -> facts.put(field.getKey(), field.getValue().asText())));
        finding.put("facts", facts);
        finding.put("triggeringEventIds", triggering);
        List<FeedItem> evidence = feed.byCeIds(triggering).stream().map(row -> FeedItem.of(row, json)).toList();
        return new FindingDetail(finding, events, evidence);
    }

    @GET
    @Path("/tables/{table}")
    @Operation(summary = "Any one table of the screens by its id (by-rule, review-findings, feed, draws …)")
    @APIResponse(responseCode = "200", description = "the table")
    @APIResponse(responseCode = "404", description = "no such table")
    public Table table(@PathParam("table") String table, @BeanParam FilterParams filters) {
        return views.table(table, filters.toFilters()).orElseThrow(() -> ProblemException.notFound("table", table));
    }

    @GET
    @Path("/export/{table}.csv")
    @Produces("text/csv")
    @Operation(summary = "A table as CSV (UTF-8 with BOM so that spreadsheet programs read the Chinese)")
    @APIResponse(responseCode = "200", description = "the CSV")
    @APIResponse(responseCode = "404", description = "no such table")
    public Response export(@PathParam("table") String table, @BeanParam FilterParams filters) {
        Table t = views.table(table, filters.toFilters()).orElseThrow(() -> ProblemException.notFound("table", table));
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(Csv.line(t.columns()));
        t.rows().forEach(row -> csv.append(Csv.line(row)));
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + table + ".csv\"").build();
    }

    @POST
    @Path("/draws")
    @Operation(summary = "A random inspection draw (双随机一公开) from the filtered population; the seed is logged and stored")
    @APIResponse(responseCode = "200", description = "the draw")
    @APIResponse(responseCode = "400", description = "invalid criteria")
    @APIResponse(responseCode = "422", description = "no agency matches")
    public DrawView draw(@Valid @NotNull DrawRequest request) {
        var result = draws.draw(blank(request.district()), blank(request.grade()), request.count(), request.seed(),
                caller.name());
        return view(result);
    }

    @GET
    @Path("/draws/{drawId}")
    @Operation(summary = "A stored draw, done again from its seed: reproducible is true when the result is the same")
    @APIResponse(responseCode = "200", description = "the draw")
    @APIResponse(responseCode = "404", description = "no such draw")
    public DrawView storedDraw(@PathParam("drawId") UUID drawId) {
        return view(draws.find(drawId).orElseThrow(() -> ProblemException.notFound("draw", drawId)));
    }

    static DrawView view(InspectionDraws.Result result) {
        List<String> redone = InspectionDraws.redo(result);
        return new DrawView(result, redone, redone.equals(result.drawn()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
