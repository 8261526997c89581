package cn.safetysupervision.registry.domain;

/** Service types of a business scope entry: 评价, 检测, 检验, 培训, 检查, 诊断, 咨询, 评审, 评估, 托管. */
public enum ServiceType {
    EVALUATION, TESTING, INSPECTION, TRAINING, CHECK, DIAGNOSIS, CONSULTING, REVIEW, ASSESSMENT, CUSTODY
}
