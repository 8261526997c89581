package cn.safetysupervision.complaint.api;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.domain.Statistics;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;

/** Complaint statistics for supervisors; no personal data, no complaint text. */
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Counts by category, agency and outcome; times to decision and closure")
@RolesAllowed({Roles.REGULATOR, Roles.ASSOCIATION})
public class StatisticsResource {

    private final Statistics statistics;
    private final ComplaintConfig config;

    StatisticsResource(Statistics statistics, ComplaintConfig config) {
        this.statistics = statistics;
        this.config = config;
    }

    @GET
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Figures over the cases received from `from` to `to` (dates, Beijing time, `to` exclusive)")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "from after to")
    public Statistics.Report report(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return statistics.report(start(from, LocalDate.of(2000, 1, 1)), start(to, LocalDate.now(config.timeZone()).plusDays(1)));
    }

    @GET
    @Path("/csv")
    @Transactional
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV (section,key,label,value), UTF-8 with BOM for spreadsheet programs")
    @APIResponse(responseCode = "200", description = "CSV")
    public Response csv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        Statistics.Report r = report(from, to);
        StringBuilder csv = new StringBuilder("\uFEFFsection,key,label,value\n");
        csv.append("total,received,收到举报,").append(r.received()).append('\n');
        r.byCategory().forEach(c -> row(csv, "category", c));
        r.byAgency().forEach(c -> row(csv, "agency", c));
        r.byOutcome().forEach(c -> row(csv, "outcome", c));
        csv.append("time,decision-median-days,受理决定用时中位数（天）,").append(value(r.toDecision().medianDays())).append('\n');
        csv.append("time,decision-p90-days,受理决定用时90分位（天）,").append(value(r.toDecision().p90Days())).append('\n');
        csv.append("time,closure-median-days,办结用时中位数（天）,").append(value(r.toClosure().medianDays())).append('\n');
        csv.append("time,closure-p90-days,办结用时90分位（天）,").append(value(r.toClosure().p90Days())).append('\n');
        csv.append("share,substantiated,属实比例,").append(value(r.shareSubstantiated())).append('\n');
        return Response.ok(csv.toString()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"complaint-statistics.csv\"").build();
    }

    private Instant start(LocalDate day, LocalDate otherwise) {
        return (day == null ? otherwise : day).atStartOfDay(config.timeZone()).toInstant();
    }

    private static void row(StringBuilder csv, String section, Statistics.Count c) {
        csv.append(section).append(',').append(escape(c.key())).append(',').append(escape(c.label())).append(',')
                .append(c.count()).append('\n');
    }

    private static String value(Double v) {
        return v == null ? "" : String.valueOf(v);
    }

    /** Quotes a field; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        String v = s.matches("^[=+\\-@].*") ? "'" + s : s;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
