package cn.safetysupervision.compliance.domain.rules.registry;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.domain.CreditService;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.registry.AgencyChangeFiledV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 第十四条第（十二）项: a change of name, registered address or legal representative not filed within the filing
 * window. Fires when a filing arrives late — by agency-registry's due date or by this rule's own window, whichever
 * is stricter — and, through {@code FilingDeadlineSweep}, when the registry's due date passed with no filing.
 */
@Singleton
public class Art14Item12UnfiledChange extends BaseRule implements AutomaticRule {

    private final ComplianceConfig config;

    public Art14Item12UnfiledChange(ComplianceConfig config) {
        super("ART14-12", 1, "第十四条第（十二）项", "机构名称、注册地址、法定代表人等信息发生变化后未按规定申请变更",
                "Change of name, address or legal representative not filed in time", Severity.MINOR);
        this.config = config;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("changeFilingDays", config.rules().changeFilingDays());
    }

    @Override
    public Set<String> triggers() {
        return Set.of(RegistryEvents.AGENCY_CHANGE_FILED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var filing = event.dataAs(AgencyChangeFiledV1.class);
        LocalDate ownDueDate = filing.changedAt().atZone(CreditService.ZONE).toLocalDate()
                .plusDays(config.rules().changeFilingDays());
        boolean late = filing.filedLate()
                || (filing.filingDueOn() != null && filing.filedOn().isAfter(filing.filingDueOn()))
                || filing.filedOn().isAfter(ownDueDate);
        if (!late) {
            return List.of();
        }
        return List.of(new Violation(filing.agencyId(), SubjectType.AGENCY, filing.agencyId(),
                Facts.of("filingId", filing.filingId())
                        .and("changedFields", String.join(",", filing.changedFields()))
                        .and("changedAt", filing.changedAt())
                        .and("filingDueOn", filing.filingDueOn() == null ? ownDueDate : filing.filingDueOn())
                        .and("filedOn", filing.filedOn())
                        // filedOn is the date of receipt a regulator or the association confirmed, not the agency's word
                        .and("dateUsed", "filedOn").map()));
    }
}
