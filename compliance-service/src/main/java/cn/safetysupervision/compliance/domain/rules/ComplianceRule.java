package cn.safetysupervision.compliance.domain.rules;

import cn.safetysupervision.compliance.domain.Severity;

import java.util.Map;

/**
 * One rule of the guideline. Each rule is its own class; its version goes up whenever its logic or meaning
 * changes, and every finding records the version that judged it.
 */
public interface ComplianceRule {

    /** E.g. {@code ART14-3}. */
    String id();

    /** Version of the rule's logic. */
    int version();

    /** Where the guideline says it, e.g. {@code 第十四条第（三）项}. */
    String article();

    String titleZh();

    String titleEn();

    Severity severity();

    /** True when events decide it; false when only a supervisor can record it (manual findings). */
    boolean automatic();

    /** The rule's current configurable parameters, by name. */
    default Map<String, Object> parameters() {
        return Map.of();
    }
}
