package cn.safetysupervision.dashboard.api;

import cn.safetysupervision.dashboard.config.DashboardConfig;
import cn.safetysupervision.dashboard.domain.DashboardViews;
import cn.safetysupervision.dashboard.domain.Districts;
import cn.safetysupervision.dashboard.domain.EventLabels;
import cn.safetysupervision.dashboard.domain.FeedItem;
import cn.safetysupervision.dashboard.domain.Filters;
import cn.safetysupervision.dashboard.domain.Grades;
import cn.safetysupervision.dashboard.domain.InspectionDraws;
import cn.safetysupervision.dashboard.domain.Table;
import cn.safetysupervision.dashboard.persistence.FeedStore;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The screens. A page is a public shell (it holds no data); its script, holding the token from the sign-in page,
 * fetches the page's server-rendered fragment from {@code /ui/fragment/...} with the bearer token and keeps it live.
 * Production: Quarkus OIDC against the city's identity provider (code flow, session cookie) replaces the token
 * entry; the fragments stay as they are, guarded by the same roles.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = Table.class)
@TemplateData(target = FeedItem.class)
@TemplateData(target = FilterParams.class)
@TemplateData(target = DashboardResource.DrawView.class)
@TemplateData(target = InspectionDraws.Result.class)
public class UiResource {

    private static final Map<String, String> TITLES = Map.of("overview", "总览", "feed", "实时动态", "item", "事件详情",
            "finding", "违规详情", "queues", "待办队列", "draws", "双随机抽查");
    private static final Map<String, String> GRADES = new LinkedHashMap<>();
    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    static {
        Grades.ALL.forEach(g -> GRADES.put(g, Grades.label(g)));
        for (String c : List.of("registry", "contract", "compliance", "complaint", "disclosure")) {
            CATEGORIES.put(c, EventLabels.categoryLabel(c));
        }
    }

    @Inject
    Template shell;
    @Inject
    Template signin;
    @Inject
    Template live;
    @Inject
    Template overview;
    @Inject
    Template queues;
    @Inject
    @Location("feed.html")
    Template feedPage;
    @Inject
    Template item;
    @Inject
    Template finding;
    @Inject
    Template draws;

    private final DashboardViews views;
    private final FeedStore feed;
    private final DashboardResource api;
    private final InspectionDraws inspectionDraws;
    private final ObjectMapper json;
    private final DashboardConfig config;

    UiResource(DashboardViews views, FeedStore feed, DashboardResource api, InspectionDraws inspectionDraws,
               ObjectMapper json, DashboardConfig config) {
        this.views = views;
        this.feed = feed;
        this.api = api;
        this.inspectionDraws = inspectionDraws;
        this.json = json;
        this.config = config;
    }

    @GET
    @PermitAll
    @Operation(summary = "Sign-in page: a bearer token is entered and kept for the browser session")
    @APIResponse(responseCode = "200", description = "the page")
    public TemplateInstance signIn() {
        return signin.instance();
    }

    @GET
    @Path("{page: overview|feed|queues|draws|feed/[0-9]+|findings/[0-9a-fA-F-]+}")
    @PermitAll
    @Operation(summary = "A page shell (holds no data; its script loads /ui/fragment/<same path> with the token)")
    @APIResponse(responseCode = "200", description = "the page")
    public TemplateInstance page(@PathParam("page") String path) {
        String page = path.startsWith("feed/") ? "item" : path.startsWith("findings/") ? "finding" : path;
        return shell(page, TITLES.get(page));
    }

    private TemplateInstance shell(String page, String title) {
        return shell.data("page", page).data("title", title);
    }

    @GET
    @Path("ui/fragment/live")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The live feed panel: the latest items and the seq the stream resumes after")
    @APIResponse(responseCode = "200", description = "HTML fragment")
    @APIResponse(responseCode = "401", description = "no or invalid token")
    @APIResponse(responseCode = "403", description = "not a supervisor")
    public TemplateInstance liveFragment() {
        long head = feed.head();
        List<FeedItem> items = feed.latest(null, null, null, head + 1, config.stream().snapshotSize()).stream()
                .map(row -> FeedItem.of(row, json)).toList();
        return live.data("head", head).data("items", items);
    }

    @GET
    @Path("ui/fragment/overview")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Overview fragment")
    @APIResponse(responseCode = "200", description = "HTML fragment")
    @APIResponse(responseCode = "400", description = "a filter is malformed")
    public TemplateInstance overviewFragment(@BeanParam FilterParams params) {
        Filters f = params.toFilters();
        return common(overview, params).data("headline", views.headline())
                .data("tables", views.tables(DashboardViews.OVERVIEW, f));
    }

    @GET
    @Path("ui/fragment/queues")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Queues fragment")
    @APIResponse(responseCode = "200", description = "HTML fragment")
    @APIResponse(responseCode = "400", description = "a filter is malformed")
    public TemplateInstance queuesFragment(@BeanParam FilterParams params) {
        return common(queues, params).data("tables", views.tables(DashboardViews.QUEUES, params.toFilters()));
    }

    @GET
    @Path("ui/fragment/feed")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Feed fragment")
    @APIResponse(responseCode = "200", description = "HTML fragment")
    @APIResponse(responseCode = "400", description = "a filter is malformed")
    public TemplateInstance feedFragment(@BeanParam FilterParams params) {
        Table table = views.table("feed", params.toFilters()).orElseThrow();
        String next = table.rows().size() < 200 ? null : table.rows().get(table.rows().size() - 1).get(0);
        return common(feedPage, params).data("table", table).data("categories", CATEGORIES).data("next", next)
                .data("query", params.query());
    }

    @GET
    @Path("ui/fragment/feed/{seq}")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Feed item fragment: the raw event")
    @APIResponse(responseCode = "200", description = "HTML fragment")
    @APIResponse(responseCode = "404", description = "no such item")
    public TemplateInstance itemFragment(@PathParam("seq") long seq) {
        FeedItem feedItem = api.feedItem(seq);
        return item.data("item", feedItem).data("payload", pretty(feedItem));
    }

    @GET
    @Path("ui/fragment/findings/{findingId}")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Finding fragment: finding, evidence, raw events")
    @APIResponse(responseCode = "200", description = "HTML fragment")
    @APIResponse(responseCode = "404", description = "unknown finding")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance findingFragment(@PathParam("findingId") UUID findingId) {
        var detail = api.findingDetail(findingId);
        return finding.data("finding", detail.finding()).data("facts", detail.finding().get("facts"))
                .data("events", detail.events()).data("evidence", detail.evidence())
                .data("payloads", detail.events().stream().map(this::pretty).toList());
    }

    @GET
    @Path("ui/fragment/draws")
    @RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
    @Operation(summary = "Inspection draw fragment: the form, one draw (draw=<id>) and the record of draws")
    @APIResponse(responseCode = "200", description = "HTML fragment")
    @APIResponse(responseCode = "404", description = "unknown draw")
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance drawsFragment(@QueryParam("draw") UUID drawId) {
        TemplateInstance page = draws.data("districts", Districts.ALL).data("grades", GRADES)
                .data("maxDraw", config.inspection().maxDraw())
                .data("table", views.table("draws", Filters.NONE).orElseThrow());
        if (drawId == null) {
            return page.data("draw", null);
        }
        var draw = DashboardResource.view(inspectionDraws.find(drawId)
                .orElseThrow(() -> ProblemException.notFound("draw", drawId)));
        Map<String, String> names = views.agencyNames(draw.draw().drawn());
        return page.data("draw", draw).data("drawnAt", SHOWN.format(draw.draw().drawnAt()))
                .data("drawnNames", draw.draw().drawn().stream().map(id -> names.getOrDefault(id, id)).toList());
    }

    private TemplateInstance common(Template template, FilterParams params) {
        return template.data("params", params).data("districts", Districts.ALL).data("grades", GRADES);
    }

    private String pretty(FeedItem feedItem) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(feedItem.payload());
        } catch (Exception e) {
            return feedItem.payload().toString();
        }
    }
}
