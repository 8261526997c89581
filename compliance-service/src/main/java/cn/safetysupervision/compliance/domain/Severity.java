package cn.safetysupervision.compliance.domain;

/** How grave a violation is; each severity carries configurable penalty points in the integrity record. */
public enum Severity {
    MINOR, MAJOR, SEVERE
}
