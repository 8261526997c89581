package cn.safetysupervision.compliance.domain.rules.contract;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.domain.ComplianceFacts;
import cn.safetysupervision.compliance.domain.NearDuplicates;
import cn.safetysupervision.compliance.domain.Severity;
import cn.safetysupervision.compliance.domain.SubjectType;
import cn.safetysupervision.compliance.domain.rules.AutomaticRule;
import cn.safetysupervision.compliance.domain.rules.BaseRule;
import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.platform.events.IncomingEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 第十七条第4项 (plagiarism): a report summary nearly identical to an earlier report for a different client.
 * Character shingles, MinHash to find candidates, exact Jaccard similarity to confirm against the threshold.
 */
@Singleton
public class Art17Item4NearDuplicateReport extends BaseRule implements AutomaticRule {

    /** MinHash estimates deviate by a few hundredths at 128 positions; look a little below the threshold. */
    private static final double CANDIDATE_MARGIN = 0.15;

    private final ComplianceFacts facts;
    private final ComplianceConfig config;

    public Art17Item4NearDuplicateReport(ComplianceFacts facts, ComplianceConfig config) {
        super("ART17-4", 1, "第十七条第4项", "抄袭他人成果或其他技术文件",
                "Report summary nearly identical to another client's report (plagiarism)", Severity.MAJOR);
        this.facts = facts;
        this.config = config;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("nearDuplicateThreshold", config.rules().nearDuplicateThreshold(),
                "shingleSize", config.rules().shingleSize(),
                "minimumSummaryLength", config.rules().minimumSummaryLength(),
                "minhashSignatureSize", NearDuplicates.SIGNATURE_SIZE);
    }

    @Override
    public Set<String> triggers() {
        return Set.of(ContractEvents.REPORT_SUBMITTED_V1.type());
    }

    @Override
    public List<Violation> evaluate(IncomingEvent event) {
        var submitted = event.dataAs(ReportSubmittedV1.class);
        var report = facts.report(submitted.reportId()).orElse(null);
        if (report == null || NearDuplicates.normalise(report.summary()).length() < config.rules().minimumSummaryLength()) {
            return List.of();
        }
        int k = config.rules().shingleSize();
        double threshold = config.rules().nearDuplicateThreshold();
        var shingles = NearDuplicates.shingles(report.summary(), k);
        ComplianceFacts.Report closest = null;
        double best = 0;
        for (var other : facts.earlierReportsOfOtherClients(report)) {
            if (NearDuplicates.estimate(report.minhash(), other.minhash()) < threshold - CANDIDATE_MARGIN) {
                continue;
            }
            double similarity = NearDuplicates.jaccard(shingles, NearDuplicates.shingles(other.summary(), k));
            if (similarity >= threshold && similarity > best) {
                best = similarity;
                closest = other;
            }
        }
        if (closest == null) {
            return List.of();
        }
        var base = Facts.of("reportNumber", report.reportNumber())
                .and("similarReportNumber", closest.reportNumber())
                .and("similarReportId", closest.reportId())
                .and("similarContractId", closest.contractId())
                .and("similarity", String.format(Locale.ROOT, "%.3f", best));
        return List.of(facts.contract(report.contractId()).map(c -> ContractRuleSupport.onContract(c, base))
                .orElseGet(() -> new Violation(submitted.agencyId(), SubjectType.CONTRACT, submitted.contractId(), base.map())));
    }
}
