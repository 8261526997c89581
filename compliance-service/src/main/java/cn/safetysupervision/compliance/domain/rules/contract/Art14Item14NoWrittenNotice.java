package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.WrittenNoticeOverdueV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** 第十四条第（十四）项: 未按规定进行书面告知 */
@Singleton
public class Art14Item14NoWrittenNotice extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item14NoWrittenNotice(ComplianceFacts facts) {
        super("ART14-14", 1, "第十四条第（十四）项", "未按规定进行书面告知", "No written notice to the local authority by its due date before site work", Severity.MINOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.WRITTEN_NOTICE_OVERDUE_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var overdue = event.dataAs(WrittenNoticeOverdueV1.class);
        return List.of(ContractRuleSupport.overdue(facts, overdue.contractId(), overdue.agencyId(),
                Facts.of("dueDate", overdue.dueDate()).and("plannedSiteWorkDate", overdue.plannedSiteWorkDate())));
    }
}
