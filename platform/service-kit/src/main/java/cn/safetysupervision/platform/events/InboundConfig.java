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
     * At most this many partitions of one polled batch are applied at the same time, each in its own transaction
     * and thread (records of one partition stay in order). 1 applies a batch on the consumer's thread.
     */
    @WithDefault("4")
    int parallelPartitions();
}
