package cn.safetysupervision.compliance.domain.rules;

import cn.safetysupervision.compliance.domain.SubjectType;

import java.util.Map;
import java.util.UUID;

/** What a rule saw: who is responsible, what it is about, and the facts it relied on. */
public record Violation(UUID agencyId, SubjectType subjectType, UUID subjectId, Map<String, String> facts) {
}
