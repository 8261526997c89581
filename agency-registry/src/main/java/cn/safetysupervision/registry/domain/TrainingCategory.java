package cn.safetysupervision.registry.domain;

/** Art. 12 training topics: laws, standards, emergency knowledge, accident cases, evaluation methods, risk control. */
public enum TrainingCategory {
    LAWS_REGULATIONS, STANDARDS, EMERGENCY_KNOWLEDGE, ACCIDENT_CASES, EVALUATION_METHODS, RISK_CONTROL, OTHER
}
