package cn.safetysupervision.contract.domain;

/** 项目组长, 报告审核/审定人, 评价/检测人员. */
public enum SignatoryRole {
    TEAM_LEAD, FINAL_REVIEWER, EVALUATOR
}
