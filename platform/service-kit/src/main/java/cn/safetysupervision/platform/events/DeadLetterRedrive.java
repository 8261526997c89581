package cn.safetysupervision.platform.events;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Re-drives this service's dead-lettered records once their cause is fixed: each record of {@code <service>.dlq}
 * not re-driven before is written back to the topic it came from, unchanged (same key, value and CloudEvent
 * headers, so the same {@code ce_id}), and the consumers apply it through their normal idempotent path: a consumer
 * that had applied it skips it by {@code ce_id}, the one that had failed applies it now. The DLQ's own consumer
 * group ({@code <service>.dlq-redrive}) then commits past it, so a record is re-driven once. A record that fails
 * again simply goes to the DLQ again, as a new record.
 */
@ApplicationScoped
public class DeadLetterRedrive {

    private static final Logger LOG = Logger.getLogger(DeadLetterRedrive.class);

    /** What one re-drive did. */
    public record Result(int redriven, Map<String, Integer> byTopic) {
    }

    private final String bootstrapServers;
    private final String topic;

    DeadLetterRedrive(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                      @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.topic = applicationName + ".dlq";
    }

    /** Re-drives every record that reached the DLQ so far and was not re-driven yet; waits at most {@code within}. */
    public synchronized Result redrive(Duration within) {
        Map<String, Integer> byTopic = new java.util.TreeMap<>();
        int count = 0;
        long deadline = System.nanoTime() + within.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, topic + "-redrive",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                     ProducerConfig.CLIENT_ID_CONFIG, topic + "-redrive"), new StringSerializer(), new StringSerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return new Result(0, byTopic);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> dead : records) {
                    String origin = header(dead, "dead-letter-topic");
                    if (origin == null) {
                        LOG.warnf("%s-%d@%d has no dead-letter-topic header; skipped", dead.topic(), dead.partition(), dead.offset());
                    } else {
                        ProducerRecord<String, String> again = new ProducerRecord<>(origin, dead.key(), dead.value());
                        for (Header h : dead.headers()) {
                            if (!h.key().startsWith("dead-letter-")) {
                                again.headers().add(h);
                            }
                        }
                        producer.send(again).get(30, TimeUnit.SECONDS);
                        byTopic.merge(origin, 1, Integer::sum);
                        count++;
                    }
                    // Past this record only once it is safely back on its topic.
                    consumer.commitSync(Map.of(new TopicPartition(dead.topic(), dead.partition()),
                            new OffsetAndMetadata(dead.offset() + 1)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving " + topic, e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not re-drive " + topic + ": " + e.getMessage(), e);
        }
        LOG.infof("re-drove %d record(s) of %s: %s", count, topic, byTopic);
        return new Result(count, byTopic);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
