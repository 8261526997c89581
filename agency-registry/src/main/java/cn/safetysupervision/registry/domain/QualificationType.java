package cn.safetysupervision.registry.domain;

/** 资质类型: 安全评价, 检测检验, other. */
public enum QualificationType {
    SAFETY_EVALUATION, TESTING_INSPECTION, OTHER
}
