package cn.safetysupervision.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

import java.util.Map;

/**
 * A real Kafka broker (KRaft, from Maven Central's jars) in the test JVM on random ports, one per test run.
 * Services read {@code kafka.bootstrap.servers}; tests reach it through {@link #bootstrapServers()}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(p -> {
                        p.put("group.initial.rebalance.delay.ms", "0");
                        p.put("offsets.topic.replication.factor", "1");
                        p.put("transaction.state.log.replication.factor", "1");
                        p.put("transaction.state.log.min.isr", "1");
                        p.put("num.partitions", "3");
                        p.put("auto.create.topics.enable", "true");
                    })
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBrokerResource::shutdown));
        }
        return broker.getAdvertisedListeners();
    }

    private static synchronized void shutdown() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        shutdown();
    }
}
