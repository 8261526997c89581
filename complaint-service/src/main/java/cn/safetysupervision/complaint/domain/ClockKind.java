package cn.safetysupervision.complaint.domain;

/** The legal clocks of a case. */
public enum ClockKind {
    TRIAGE, CLOSURE, FEEDBACK
}
