package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 第十四条第（八）项: 冒用他人名义或者允许他人冒用本人名义在报告和相关记录中签名 */
@Singleton
public class Art14Item8SignatureMisuse extends BaseRule implements AutomaticRule {

    private final ComplianceFacts facts;

    public Art14Item8SignatureMisuse(ComplianceFacts facts) {
        super("ART14-8", 1, "第十四条第（八）项", "冒用他人名义或者允许他人冒用本人名义在报告和相关记录中签名", "Report signed by someone not on the project staff or not employed by the agency", Severity.SEVERE);
        this.facts = facts;
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.REPORT_SUBMITTED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var report = event.dataAs(ReportSubmittedV1.class);
        var contract = facts.contract(report.contractId()).orElse(null);
        if (contract == null) {
            return List.of();
        }
        Set<UUID> staff = contract.staffing().stream().map(m -> m.practitionerId()).collect(java.util.stream.Collectors.toSet());
        LocalDate issued = report.issueDate() == null ? contract.signedDate() : report.issueDate();
        List<String> wrong = report.signatories().stream()
                .filter(s -> !staff.contains(s.practitionerId()) || !facts.employedAt(s.practitionerId(), contract.agencyId(), issued))
                .map(s -> s.practitionerName() + " (" + s.role() + ", " + s.practitionerId() + ")").toList();
        if (wrong.isEmpty()) {
            return List.of();
        }
        return List.of(ContractRuleSupport.onContract(contract, Facts.of("reportNumber", report.reportNumber())
                .and("signatoriesNotOnStaffOrNotEmployed", String.join("; ", wrong))));
    }
}
