package cn.safetysupervision.compliance.domain.rules;

import cn.safetysupervision.compliance.domain.Severity;

/** The descriptive part every rule has. */
public abstract class BaseRule implements ComplianceRule {

    private final String id;
    private final int version;
    private final String article;
    private final String titleZh;
    private final String titleEn;
    private final Severity severity;

    protected BaseRule(String id, int version, String article, String titleZh, String titleEn, Severity severity) {
        this.id = id;
        this.version = version;
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
        return version;
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
}
