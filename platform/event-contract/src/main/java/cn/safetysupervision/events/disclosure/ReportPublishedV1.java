package cn.safetysupervision.events.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An agency published a submitted report's disclosure (Art. 11). Carries no report content: the public page has it.
 *
 * @param reportId        the report; also the event subject and record key
 * @param contractId      its contract
 * @param agencyId        the agency
 * @param reportNumber    报告编号
 * @param issueDate       the date printed on the report
 * @param disclosureDueOn last day to publish, when contract-service gave one
 * @param publishedAt     when it was published
 * @param onTime          false when published after disclosureDueOn (Beijing time)
 * @param siteImageCount  site images shown
 * @param publicUrl       the report's public page
 */
public record ReportPublishedV1(UUID reportId, UUID contractId, UUID agencyId, String reportNumber, LocalDate issueDate,
                                LocalDate disclosureDueOn, Instant publishedAt, boolean onTime, int siteImageCount,
                                String publicUrl) {
}
