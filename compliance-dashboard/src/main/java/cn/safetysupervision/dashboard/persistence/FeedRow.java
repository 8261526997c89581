package cn.safetysupervision.dashboard.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the feed table, with the agency's name when the dashboard knows it. */
public record FeedRow(
        long seq,
        String ceId,
        String type,
        String source,
        String subject,
        String topic,
        int partition,
        long offset,
        OffsetDateTime eventTime,
        OffsetDateTime receivedAt,
        UUID agencyId,
        String agencyName,
        UUID findingId,
        String payload) {
}
