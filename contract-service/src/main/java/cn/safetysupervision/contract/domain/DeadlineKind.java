package cn.safetysupervision.contract.domain;

/** The deadlines a contract can miss; each missed one yields exactly one overdue event. */
public enum DeadlineKind {
    WRITTEN_NOTICE, REPORT, RECTIFICATION_CONFIRMATION, FOLLOW_UP
}
