package cn.safetysupervision.events.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A submitted report was not published by its disclosure due date (Art. 11); emitted once per report.
 *
 * @param reportId        the report; also the event subject and record key
 * @param contractId      its contract
 * @param agencyId        the agency
 * @param reportNumber    报告编号
 * @param issueDate       the date printed on the report
 * @param disclosureDueOn the last day it should have been published
 * @param detectedAt      when the overdue was noticed
 */
public record ReportDisclosureOverdueV1(UUID reportId, UUID contractId, UUID agencyId, String reportNumber,
                                        LocalDate issueDate, LocalDate disclosureDueOn, Instant detectedAt) {
}
