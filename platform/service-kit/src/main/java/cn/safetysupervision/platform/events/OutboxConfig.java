package cn.safetysupervision.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "outbox.relay")
public interface OutboxConfig {

    /** Whether this process relays its outbox to Kafka. Off only for tests and maintenance. */
    @WithDefault("true")
    boolean enabled();

    /** How long the relay sleeps when no commit woke it. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /**
     * How long the relay lets rows gather after it was woken before it takes a batch: commits arriving together then
     * go out together, one database transaction and one Kafka request for many, at the cost of this much latency.
     */
    @WithDefault("PT0.005S")
    Duration linger();

    /** Outbox rows published per transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * The relay vacuums the outbox table after deleting this many rows (0: never, leave it to autovacuum). A queue
     * table's dead rows slow every batch down until they are vacuumed; see {@link OutboxRelay}.
     */
    @WithDefault("20000")
    long vacuumEvery();

    /** Upper bound of the back-off while Kafka or the database is unavailable. */
    @WithDefault("PT5S")
    Duration maxBackoff();
}
