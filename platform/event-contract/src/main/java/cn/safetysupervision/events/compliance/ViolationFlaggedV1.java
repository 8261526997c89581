package cn.safetysupervision.events.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new open finding. The same rule on the same subject stays one open finding however often the facts repeat.
 *
 * @param findingId          the finding; also the event subject and record key
 * @param agencyId           the agency held responsible
 * @param subjectType        {@code AGENCY}, {@code PRACTITIONER} or {@code CONTRACT}
 * @param subjectId          id of the subject (equals agencyId for agency findings)
 * @param ruleId             rule id, e.g. {@code ART14-3}
 * @param ruleVersion        version of the rule that judged it
 * @param article            the guideline article, e.g. {@code 第十四条第（三）项}
 * @param severity           {@code MINOR}, {@code MAJOR} or {@code SEVERE}
 * @param title              the rule's Chinese title
 * @param origin             {@code AUTOMATIC} (a rule) or {@code MANUAL} (recorded by a supervisor)
 * @param triggeringEventIds ce_id of the events that made the rule fire (empty for manual findings)
 * @param facts              the facts the rule relied on, as names and values
 * @param flaggedBy          {@code system} or the supervisor who recorded it
 * @param flaggedAt          when the finding was opened
 * @param status             optional: {@code SUSPECTED} (疑似, automatic: adds no integrity points until a regulator or
 *                           the association confirms it) or {@code CONFIRMED} (manual: recorded by a person); absent
 *                           from producers before this field existed, read as CONFIRMED
 * @param respondBy          optional: last day (Asia/Shanghai) the agency may respond to a suspected finding
 */
public record ViolationFlaggedV1(
        UUID findingId,
        UUID agencyId,
        String subjectType,
        UUID subjectId,
        String ruleId,
        int ruleVersion,
        String article,
        String severity,
        String title,
        String origin,
        List<String> triggeringEventIds,
        Map<String, String> facts,
        String flaggedBy,
        Instant flaggedAt,
        String status,
        java.time.LocalDate respondBy) {
}
