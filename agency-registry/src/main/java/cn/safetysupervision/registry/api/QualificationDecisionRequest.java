package cn.safetysupervision.registry.api;

import jakarta.validation.constraints.Size;

/** Body of a verification (reason optional) or rejection (reason required) of a declared certificate. */
public record QualificationDecisionRequest(@Size(max = 1000) String reason) {
}
