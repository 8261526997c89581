package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The service report was issued to the client (Art. 9). Signatories and summary let compliance check signatures (Art. 14.8) and plagiarism (Art. 17).
 *
 * @param reportId     the report
 * @param contractId   the contract; event subject and record key
 * @param agencyId     the contracting agency
 * @param reportNumber 报告编号
 * @param reportType   report type, e.g. 安全现状评价报告
 * @param issueDate    the date printed on the report
 * @param signatories  who signed, in which role, with which credential number
 * @param summary      summary text of the findings
 * @param hazardIds    hazards the report covers
 * @param submittedBy  who
 * @param submittedAt  when
 * @param disclosureDueOn last day to publish the report's disclosure (Art. 11), computed by contract-service on its
 *                     working-day calendar (contract.deadlines.disclosure-working-days after the issue date); optional:
 *                     absent in events written before it was added
 */
public record ReportSubmittedV1(
        UUID reportId,
        UUID contractId,
        UUID agencyId,
        String reportNumber,
        String reportType,
        LocalDate issueDate,
        List<SignatoryV1> signatories,
        String summary,
        List<UUID> hazardIds,
        String submittedBy,
        Instant submittedAt,
        LocalDate disclosureDueOn) {
}
