package cn.safetysupervision.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the platform tables keep what they only need for a while (RetentionSweep). */
@ConfigMapping(prefix = "platform.retention")
public interface RetentionConfig {

    /**
     * How long a stored Idempotency-Key answer is replayed. 24 hours, as Stripe keeps its idempotency keys
     * (https://docs.stripe.com/api/idempotent_requests): a client retries within minutes, not days.
     */
    @WithDefault("P1D")
    Duration idempotencyKeys();

    /**
     * How long a consumed event id is remembered, so that a redelivery is still recognised. Must be at least the
     * retention of the topics consumed; 30 days is four times Kafka's default retention.ms (7 days). Topics created
     * with infinite retention are re-read from the start only by a projection rebuild, which does not need the ids.
     */
    @WithDefault("P30D")
    Duration consumedEvents();

    /** How often the sweep runs. */
    @WithDefault("PT1H")
    Duration sweepInterval();

    /** Rows deleted per statement, so that one sweep never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
