package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.disclosure.DisclosureEvents;
import cn.safetysupervision.events.disclosure.ReportDisclosureOverdueV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** 第十一条: 未按时在网站公开报告相关信息 (disclosure-service found the report unpublished after its due date). */
@Singleton
public class Art11DisclosureOverdue extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art11DisclosureOverdue(ComplianceFacts facts) {
        super("ART11-1", 1, "第十一条", "未按时公开报告信息及现场勘验图像影像",
                "Report not publicly disclosed by its disclosure due date", Severity.MINOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(DisclosureEvents.REPORT_DISCLOSURE_OVERDUE_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var overdue = event.dataAs(ReportDisclosureOverdueV1.class);
        return List.of(ContractRuleSupport.overdue(facts, overdue.contractId(), overdue.agencyId(),
                Facts.of("reportId", overdue.reportId()).and("reportNumber", overdue.reportNumber())
                        .and("disclosureDueOn", overdue.disclosureDueOn())));
    }
}
