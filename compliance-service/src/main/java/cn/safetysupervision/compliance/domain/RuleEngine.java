package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.RuleCatalog;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Lets every automatic rule triggered by an event judge it, after the projections took the event in. */
@ApplicationScoped
public class RuleEngine {

    private final RuleCatalog catalog;
    private final FindingService findings;
    private final ComplianceFacts facts;

    RuleEngine(RuleCatalog catalog, FindingService findings, ComplianceFacts facts) {
        this.catalog = catalog;
        this.findings = findings;
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int judge(IncomingEvent event) {
        return facts.duringOneJudgement(() -> judgeNow(event));
    }

    private int judgeNow(IncomingEvent event) {
        int opened = 0;
        for (AutomaticRule rule : catalog.triggeredBy(event.type())) {
            for (Violation violation : rule.evaluate(event)) {
                if (findings.flag(rule, violation, List.of(event.id()), "AUTOMATIC", FindingService.SYSTEM).opened()) {
                    opened++;
                }
            }
        }
        return opened;
    }
}
