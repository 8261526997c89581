package cn.safetysupervision.dashboard.api;

import cn.safetysupervision.dashboard.domain.Districts;
import cn.safetysupervision.dashboard.domain.Filters;
import cn.safetysupervision.dashboard.domain.Grades;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** The filters of every view, as URL query parameters (a view is shared as a link). */
public class FilterParams {

    @QueryParam("district")
    public String district;
    @QueryParam("grade")
    public String grade;
    @QueryParam("rule")
    public String rule;
    @QueryParam("agency")
    public String agency;
    @QueryParam("category")
    public String category;
    @QueryParam("type")
    public String type;
    @QueryParam("before")
    public Long before;

    public Filters toFilters() {
        String d = blank(district);
        if (d != null && !Districts.ALL.contains(d)) {
            throw ProblemException.invalidField("district", "unknown district; one of " + Districts.ALL);
        }
        String g = blank(grade);
        if (g != null && !Grades.ALL.contains(g)) {
            throw ProblemException.invalidField("grade", "one of " + Grades.ALL);
        }
        UUID agencyId = null;
        if (blank(agency) != null) {
            try {
                agencyId = UUID.fromString(agency.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("agency", "not a UUID");
            }
        }
        String c = blank(category);
        if (c != null && !c.matches("[a-z-]{1,40}")) {
            throw ProblemException.invalidField("category", "a topic family such as compliance");
        }
        String t = blank(type);
        if (t != null && !t.matches("[a-z.-]{1,120}")) {
            throw ProblemException.invalidField("type", "an event name such as compliance.finding.flagged");
        }
        return new Filters(d, g, blank(rule), agencyId, c, t, before);
    }

    /** The query string of these filters, for links and forms. */
    public String query() {
        StringBuilder q = new StringBuilder();
        append(q, "district", district);
        append(q, "grade", grade);
        append(q, "rule", rule);
        append(q, "agency", agency);
        append(q, "category", category);
        append(q, "type", type);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (blank(value) != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
