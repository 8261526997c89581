package cn.safetysupervision.compliance.api;

import java.util.Map;

/** A rule of the catalog with its current parameters. */
public record RuleView(String id, int version, String article, String titleZh, String titleEn, String severity,
                       boolean automatic, Map<String, Object> parameters) {
}
