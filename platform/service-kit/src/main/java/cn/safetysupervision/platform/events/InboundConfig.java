package cn.safetysupervision.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "inbound")
public interface InboundConfig {

    /** Attempts (each in its own transaction) before a failing record goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Pause between attempts. */
    @WithDefault("PT0.2S")
    Duration retryBackoff();

    /**
     * Longest pause while a transient failure lasts (the pause doubles from retry-backoff up to this). 30 s keeps
     * a consumer waiting for a database failover without hammering it, well inside Kafka's 5-minute
     * max.poll.interval.ms after which the group would rebalance.
     */
    @WithDefault("PT30S")
    Duration maxTransientBackoff();

    /**
     * A polled batch is applied in this many groups side by side, split by record key (records of one key stay in
     * order), each group in its own transaction and thread. 1 applies a batch in one transaction.
     */
    @WithDefault("4")
    int parallelism();
}
