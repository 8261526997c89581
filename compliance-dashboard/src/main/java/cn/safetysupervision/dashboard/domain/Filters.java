package cn.safetysupervision.dashboard.domain;

import java.util.UUID;

/** What a view is narrowed to; kept in the page's URL so a view can be shared as a link. Null = everything. */
public record Filters(String district, String grade, String ruleId, UUID agencyId, String category, String type,
                      Long before) {

    public static final Filters NONE = new Filters(null, null, null, null, null, null, null);
}
