package cn.safetysupervision.compliance.domain.rules;

import cn.safetysupervision.compliance.domain.Severity;

/** A rule that data cannot decide: findings are recorded by the regulator or the association with evidence. */
public abstract class ManualRule extends BaseRule {

    protected ManualRule(String id, String article, String titleZh, String titleEn, Severity severity) {
        super(id, 1, article, titleZh, titleEn, severity);
    }

    @Override
    public boolean automatic() {
        return false;
    }
}
