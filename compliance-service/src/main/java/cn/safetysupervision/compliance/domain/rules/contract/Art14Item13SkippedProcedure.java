package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.SiteVisitRecordedV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 第十四条第（十三）项: 违反法规标准规定更改或者简化技术服务程序和相关内容 — site work before the written notice.
 * Version 2 (issue 14): the notice counts from the day it was recorded unless an authority recorded its date
 * ({@code WrittenNoticeFiledV1.noticeDateVerified}); the facts say which day was used ({@code writtenNoticeDateUsed}).
 */
@Singleton
public class Art14Item13SkippedProcedure extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item13SkippedProcedure(ComplianceFacts facts) {
        super("ART14-13", 2, "第十四条第（十三）项", "违反法规标准规定更改或者简化技术服务程序和相关内容", "Procedure skipped: site work started before the written notice was filed", Severity.MAJOR);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.SITE_VISIT_RECORDED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var visit = event.dataAs(SiteVisitRecordedV1.class);
        var contract = facts.contract(visit.contractId()).orElse(null);
        if (contract == null || !contract.siteWorkRequired()) {
            return List.of();
        }
        LocalDate visitDay = visit.startedAt().atZone(cn.safetysupervision.compliance.domain.CreditService.ZONE).toLocalDate();
        if (contract.writtenNoticeOn() != null && !contract.writtenNoticeOn().isAfter(visitDay)) {
            return List.of();
        }
        var dating = contract.writtenNoticeOn() == null ? null : facts.writtenNoticeDating(contract.contractId()).orElse(null);
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("siteVisitId", visit.siteVisitId())
                .and("siteVisitStartedAt", visit.startedAt())
                .and("writtenNoticeOn", contract.writtenNoticeOn() == null ? "none" : contract.writtenNoticeOn())
                .and("writtenNoticeTypedOn", dating == null || dating.typedOn() == null ? "none" : dating.typedOn())
                .and("writtenNoticeDateUsed", dating == null || dating.dateUsed() == null ? "none" : dating.dateUsed())));
    }
}
