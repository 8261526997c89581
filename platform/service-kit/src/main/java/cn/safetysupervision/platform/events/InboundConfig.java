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
     * A polled batch is applied in this many groups side by side, split by record key (records of one key stay in
     * order), each group in its own transaction and thread. 1 applies a batch in one transaction.
     */
    @WithDefault("4")
    int parallelism();
}
