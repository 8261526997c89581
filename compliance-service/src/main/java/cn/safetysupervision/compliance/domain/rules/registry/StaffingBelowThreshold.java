package cn.safetysupervision.compliance.domain.rules.registry;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.events.registry.StaffingBelowThresholdV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staffing below threshold (第三条第四项 with the 办法's ≥ 25 full-time qualified staff, +5 per extra scope): the
 * roster count and the requirement of the agency's scopes come from agency-registry; this rule never accepts
 * fewer than its own configured floor.
 */
@Singleton
public class StaffingBelowThreshold extends BaseRule implements AutomaticRule {

    private final ComplianceConfig config;

    public StaffingBelowThreshold(ComplianceConfig config) {
        super("STAFFING-1", 1, "第三条第（四）项", "专职技术人员数量低于资质条件要求",
                "Full-time qualified staff below the threshold for the agency's business scopes", Severity.MAJOR);
        this.config = config;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("staffingMinimum", config.rules().staffingMinimum());
    }

    @Override
    public Set<String> triggers() {
        return Set.of(RegistryEvents.AGENCY_STAFFING_BELOW_THRESHOLD_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var staffing = event.dataAs(StaffingBelowThresholdV1.class);
        // agency-registry computes the requirement of the agency's scopes; never accept less than our floor.
        int required = Math.max(staffing.requiredFullTimeQualifiedStaff(), config.rules().staffingMinimum());
        if (staffing.fullTimeQualifiedStaff() >= required) {
            return List.of();
        }
        return List.of(new Violation(staffing.agencyId(), SubjectType.AGENCY, staffing.agencyId(),
                Facts.of("fullTimeQualifiedStaff", staffing.fullTimeQualifiedStaff())
                        .and("required", required)
                        .and("scopeEntries", staffing.scopeEntries())
                        .and("detectedAt", staffing.detectedAt()).map()));
    }
}
