package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ReportOverdueV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** 第九条: 未按时出具技术服务报告 */
@Singleton
public class Art9ReportOverdue extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art9ReportOverdue(ComplianceFacts facts) {
        super("ART9-1", 1, "第九条", "未按时出具技术服务报告", "Report not delivered by its due date", Severity.MINOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.REPORT_OVERDUE_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var overdue = event.dataAs(ReportOverdueV1.class);
        return List.of(ContractRuleSupport.overdue(facts, overdue.contractId(), overdue.agencyId(),
                Facts.of("dueDate", overdue.dueDate()).and("deadlineId", overdue.deadlineId())));
    }
}
