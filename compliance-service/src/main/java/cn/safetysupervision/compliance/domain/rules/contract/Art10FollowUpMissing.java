package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.FollowUpOverdueV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** 第十条: 服务结束后未进行回访 */
@Singleton
public class Art10FollowUpMissing extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art10FollowUpMissing(ComplianceFacts facts) {
        super("ART10-1", 1, "第十条", "服务结束后未进行回访", "No follow-up visit recorded by its due date after completion", Severity.MINOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.FOLLOW_UP_OVERDUE_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var overdue = event.dataAs(FollowUpOverdueV1.class);
        return List.of(ContractRuleSupport.overdue(facts, overdue.contractId(), overdue.agencyId(),
                Facts.of("completedDate", overdue.completedDate()).and("dueDate", overdue.dueDate())));
    }
}
