package cn.safetysupervision.contract.domain;

/** One business-scope entry of a qualification: service type × industry. */
public record ScopeEntry(String serviceType, String industry) {
}
