package cn.safetysupervision.k8scheck;

import cn.safetysupervision.events.EventCatalog;
import cn.safetysupervision.events.TopicSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code overlays/operators/kafka-topics.yaml} holds one Strimzi {@code KafkaTopic} for every topic of the event
 * contract and one dead-letter topic per consuming service, generated from the catalog so that the two cannot
 * drift apart. {@code UPDATE_MANIFESTS=1 ./mvnw -pl deploy/k8s-check test} writes it anew.
 */
class KafkaTopicsTest {

    private static final Path FILE = Manifests.K8S.resolve("overlays/operators/kafka-topics.yaml");

    /** Partitions of an event topic: room for six consumer replicas; the key keeps one aggregate in order. */
    static final int EVENT_PARTITIONS = 6;
    /** Dead letters are few and read by people. */
    static final int DLQ_PARTITIONS = 1;
    /** 30 days: long enough for someone to look at a dead letter and re-drive it. */
    static final long DLQ_RETENTION_MS = 30L * 24 * 3600 * 1000;

    @Test
    void everyTopicOfTheContractAndEveryDeadLetterTopicHasItsKafkaTopic() throws IOException {
        String expected = generate();
        if ("1".equals(System.getenv("UPDATE_MANIFESTS"))) {
            Files.writeString(FILE, expected);
        }
        assertEquals(expected, Files.exists(FILE) ? Files.readString(FILE) : "",
                "kafka-topics.yaml is stale: run UPDATE_MANIFESTS=1 ./mvnw -pl deploy/k8s-check test");
    }

    static String generate() {
        StringBuilder out = new StringBuilder("""
                # Generated from the event contract (EventCatalog) and the consuming services by KafkaTopicsTest:
                # UPDATE_MANIFESTS=1 ./mvnw -pl deploy/k8s-check test. Do not edit by hand.
                # Event topics keep every record (retention.ms -1): they are the record that a projection rebuild and
                # a new integrator read from the beginning. Dead-letter topics keep 30 days.
                """);
        for (TopicSpec topic : EventCatalog.topics()) {
            out.append(topic(topic.name(), "written by " + topic.owner() + "; key: " + topic.key(),
                    EVENT_PARTITIONS, -1));
        }
        for (String service : consumingServices()) {
            out.append(topic(service + ".dlq", "dead letters of " + service, DLQ_PARTITIONS, DLQ_RETENTION_MS));
        }
        return out.toString();
    }

    private static String topic(String name, String comment, int partitions, long retentionMs) {
        return """
                ---
                # %s
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: %s
                  labels: {strimzi.io/cluster: supervision}
                spec:
                  topicName: %s
                  partitions: %d
                  replicas: 3
                  config:
                    retention.ms: %d
                    min.insync.replicas: 2
                """.formatted(comment, name.replace('_', '-'), name, partitions, retentionMs);
    }

    /** Services whose configuration has an incoming channel: each writes dead letters to {@code <service>.dlq}. */
    static List<String> consumingServices() {
        return Manifests.services().stream().filter(service -> {
            Path properties = Manifests.ROOT.resolve(service).resolve("src/main/resources/application.properties");
            try (Stream<String> lines = Files.lines(properties)) {
                return lines.anyMatch(l -> l.startsWith("mp.messaging.incoming."));
            } catch (IOException e) {
                return false;
            }
        }).toList();
    }
}
