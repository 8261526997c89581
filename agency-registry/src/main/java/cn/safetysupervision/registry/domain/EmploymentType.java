package cn.safetysupervision.registry.domain;

/** 专职 or 兼职. */
public enum EmploymentType {
    FULL_TIME, PART_TIME
}
