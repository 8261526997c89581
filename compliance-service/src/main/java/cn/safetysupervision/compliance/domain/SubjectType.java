package cn.safetysupervision.compliance.domain;

/** What a finding is about. */
public enum SubjectType {
    AGENCY, PRACTITIONER, CONTRACT
}
