package cn.safetysupervision.contract.domain;

/** 评价/检测/检验/培训/检查/诊断/咨询/评审/评估/托管 — the registry's business-scope codes. */
public enum ServiceType {
    EVALUATION, TESTING, INSPECTION, TRAINING, CHECK, DIAGNOSIS, CONSULTING, REVIEW, ASSESSMENT, CUSTODY
}
