package cn.safetysupervision.compliance.domain;

/**
 * Whether a person stands behind a finding (issue 14). SUSPECTED (疑似): an automatic rule fired; the agency may
 * respond and it adds no integrity points. CONFIRMED: a regulator or the association confirmed it, or a person
 * recorded it (manual findings), or — only when the deployment enables it — its response window passed unanswered.
 */
public enum Verdict {
    SUSPECTED, CONFIRMED
}
