package cn.safetysupervision.testkit;

import cn.safetysupervision.events.EventCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads a topic from the beginning, as an integrator's consumer would, and checks every event it returns:
 * CloudEvents binary-mode headers, key = subject, the type listed in the catalog on this topic, and the data
 * valid against the type's JSON Schema. A violation fails the test with the reasons.
 */
public final class EventProbe {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;

    public EventProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The probe of the test run's broker. */
    public static EventProbe onTestBroker() {
        return new EventProbe(KafkaBrokerResource.bootstrapServers());
    }

    /** Waits for the first event of this type about this subject. */
    public ReceivedEvent awaitEvent(String topic, String type, String subject) {
        return awaitEvents(topic, e -> type.equals(e.type()) && subject.equals(e.subject()), 1, DEFAULT_TIMEOUT).get(0);
    }

    /**
     * Waits until at least {@code count} matching events are on the topic, then keeps reading for a short settle
     * time so that surplus events (duplicates) are seen too; returns all matches.
     */
    public List<ReceivedEvent> awaitEvents(String topic, Predicate<ReceivedEvent> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ReceivedEvent> matches = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    ReceivedEvent event = verified(record);
                    if (match.test(event)) {
                        matches.add(event);
                    }
                }
                if (matches.size() >= count && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                }
            }
        }
        if (matches.size() < count) {
            throw new AssertionError("expected " + count + " matching event(s) on " + topic + " within " + timeout
                    + ", found " + matches.size());
        }
        return matches;
    }

    /** Every event currently on the topic, in partition order, each verified. */
    public List<ReceivedEvent> readAll(String topic, Duration quietFor) {
        List<ReceivedEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, System.nanoTime() + DEFAULT_TIMEOUT.toNanos());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long quietUntil = System.nanoTime() + quietFor.toNanos();
            while (System.nanoTime() < quietUntil) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    quietUntil = System.nanoTime() + quietFor.toNanos();
                }
                records.forEach(r -> events.add(verified(r)));
            }
        }
        return events;
    }

    private static List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> consumer, String topic, long deadline) {
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("topic " + topic + " never appeared");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    /** Checks the record against the published contract; throws AssertionError naming every violation. */
    public static ReceivedEvent verified(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        List<String> problems = new ArrayList<>();
        if (!"1.0".equals(headers.get("ce_specversion"))) {
            problems.add("ce_specversion is " + headers.get("ce_specversion"));
        }
        for (String required : List.of("ce_id", "ce_type", "ce_source", "ce_subject", "ce_time")) {
            if (headers.get(required) == null || headers.get(required).isBlank()) {
                problems.add(required + " is missing");
            }
        }
        if (!"application/json".equals(headers.get("content-type"))) {
            problems.add("content-type is " + headers.get("content-type"));
        }
        if (headers.get("ce_time") != null) {
            try {
                OffsetDateTime.parse(headers.get("ce_time"));
            } catch (RuntimeException e) {
                problems.add("ce_time is not RFC 3339: " + headers.get("ce_time"));
            }
        }
        if (record.key() == null || !record.key().equals(headers.get("ce_subject"))) {
            problems.add("record key " + record.key() + " differs from ce_subject " + headers.get("ce_subject"));
        }
        String type = headers.get("ce_type");
        EventCatalog.byType(type).ifPresent(t -> {
            if (!t.topic().name().equals(record.topic())) {
                problems.add(type + " belongs on " + t.topic().name() + ", found on " + record.topic());
            }
        });
        JsonNode data = null;
        try {
            data = JSON.readTree(record.value());
        } catch (Exception e) {
            problems.add("data is not JSON: " + e.getMessage());
        }
        if (data != null && type != null) {
            problems.addAll(EventSchemas.problems(type, data));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("event at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " breaks the published contract: " + problems);
        }
        return new ReceivedEvent(record.topic(), record.key(), headers, data, record.partition(), record.offset());
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
