package cn.safetysupervision.contract.domain;

/** draft → signed → in progress → report submitted → completed, or cancelled before completion. */
public enum ContractStatus {
    DRAFT, SIGNED, IN_PROGRESS, REPORT_SUBMITTED, COMPLETED, CANCELLED
}
