package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.dashboard.persistence.FeedRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One feed item as screens and the stream show it: the raw event (topic, partition, offset, ce_id, payload) and
 * its Chinese reading.
 */
public record FeedItem(
        long seq,
        String ceId,
        String type,
        String label,
        String category,
        boolean alarming,
        String summary,
        String topic,
        int partition,
        long offset,
        String subject,
        UUID agencyId,
        String agencyName,
        UUID findingId,
        OffsetDateTime time,
        String timeBeijing,
        JsonNode payload) {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static FeedItem of(FeedRow row, ObjectMapper json) {
        JsonNode payload;
        try {
            payload = json.readTree(row.payload());
        } catch (Exception e) {
            payload = json.getNodeFactory().textNode(row.payload());
        }
        OffsetDateTime time = row.eventTime() != null ? row.eventTime() : row.receivedAt();
        return new FeedItem(row.seq(), row.ceId(), row.type(), EventLabels.label(row.type()),
                EventLabels.category(row.type()), EventLabels.alarming(row.type()), summary(row.type(), payload),
                row.topic(), row.partition(), row.offset(), row.subject(), row.agencyId(), row.agencyName(),
                row.findingId(), time, time == null ? "" : SHOWN.format(time.atZoneSameInstant(BEIJING)), payload);
    }

    public String grade() {
        return payload.path("grade").asText(null);
    }

    /** A short Chinese line with what matters of the known types; for any other, its subject. */
    static String summary(String type, JsonNode p) {
        String base = EventLabels.baseName(type);
        String text = switch (base) {
            case "compliance.finding.flagged" -> join(p.path("article").asText(""), p.path("title").asText(""));
            case "compliance.credit.grade-changed" -> Grades.label(p.path("previousGrade").asText(null)) + " → "
                    + Grades.label(p.path("grade").asText(null)) + "（" + p.path("points").asText("") + " 分）";
            case "compliance.finding.dismissed" -> "理由：" + p.path("reason").asText("");
            default -> {
                if (p.hasNonNull("certificateNumber")) {
                    yield "证书 " + p.path("certificateNumber").asText() + (p.hasNonNull("validTo")
                            ? "，有效期至 " + p.path("validTo").asText() : "");
                }
                if (p.hasNonNull("dueDate")) {
                    yield "应于 " + p.path("dueDate").asText() + " 前完成";
                }
                yield p.hasNonNull("name") ? p.path("name").asText() : p.path("agencyName").asText("");
            }
        };
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}
