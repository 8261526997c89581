package cn.safetysupervision.registry.domain;

/** 一/二/三级 for 安全评价师; 初/中/高级 for titles; NONE where a credential has no level. */
public enum CredentialLevel {
    FIRST, SECOND, THIRD, JUNIOR, INTERMEDIATE, SENIOR, NONE
}
