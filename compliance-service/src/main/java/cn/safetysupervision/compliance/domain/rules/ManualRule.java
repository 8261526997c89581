package cn.safetysupervision.compliance.domain.rules;

import cn.safetysupervision.compliance.domain.Severity;

/** A rule that data cannot decide: findings are recorded by the regulator or the association with evidence. */
public abstract class ManualRule implements ComplianceRule {

    private final String id;
    private final String article;
    private final String titleZh;
    private final String titleEn;
    private final Severity severity;

    protected ManualRule(String id, String article, String titleZh, String titleEn, Severity severity) {
        this.id = id;
        this.article = article;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.severity = severity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public String titleZh() {
        return titleZh;
    }

    @Override
    public String titleEn() {
        return titleEn;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public boolean automatic() {
        return false;
    }
}
