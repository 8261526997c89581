package cn.safetysupervision.contract.domain;

/** 一般隐患 / 重大隐患. */
public enum HazardSeverity {
    GENERAL, MAJOR
}
