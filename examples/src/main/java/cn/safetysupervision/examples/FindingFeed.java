package cn.safetysupervision.examples;

import cn.safetysupervision.events.EventCatalog;
import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.ViolationFlaggedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ContractSignedV1;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The smallest honest consumer an integrator would write: its own consumer group reads {@code compliance.finding}
 * and {@code contract.contract} from the beginning, checks each record's CloudEvents headers and its data against
 * the contract's JSON Schema, skips redeliveries by {@code ce_id}, prints one Chinese line per violation flagged
 * (and per contract signed), and commits offsets only after it has handled what it polled.
 *
 * <pre>java -cp … cn.safetysupervision.examples.FindingFeed [bootstrap-servers] [group-id]</pre>
 */
public final class FindingFeed implements AutoCloseable {

    static final List<String> TOPICS = List.of(ComplianceEvents.FINDING_TOPIC.name(),
            ContractEvents.CONTRACT_TOPIC.name());

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    /** Ids of recently handled events. A real integration records them with its effect, in one transaction. */
    private static final int REMEMBERED_IDS = 100_000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final PrintStream out;
    private final PrintStream err;
    private final ContractSchemas schemas = new ContractSchemas();
    // Producers may add optional fields to a type without a new version: unknown fields are ignored.
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Set<String> handledIds = java.util.Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    });

    public FindingFeed(String bootstrapServers, String groupId, PrintStream out, PrintStream err) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");   // a new group starts at the beginning
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");     // commit after handling, not before
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.consumer.subscribe(TOPICS);
        this.out = out;
        this.err = err;
    }

    /** Polls once, handles every record, then commits their offsets. Returns how many records it polled. */
    public int pollOnce(Duration timeout) {
        ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
        Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            handle(record);
            handled.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        if (!handled.isEmpty()) {
            consumer.commitSync(handled);
        }
        return records.count();
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        CloudEventRecord event;
        try {
            event = CloudEventRecord.read(record, json);
        } catch (CloudEventRecord.Invalid invalid) {
            skip(record, invalid.getMessage());
            return;
        }
        EventType<?> type = EventCatalog.byType(event.type()).orElse(null);
        if (type == null) {
            return;   // a type newer than our contract artifact, or one we do not use: ignore it
        }
        List<String> problems = schemas.problems(type, event.data());
        if (!problems.isEmpty()) {
            skip(record, "data does not match " + type.type() + ": " + String.join("; ", problems));
            return;
        }
        if (!handledIds.add(event.id())) {
            return;   // a redelivery: Kafka delivers at least once
        }
        try {
            if (type.equals(ComplianceEvents.VIOLATION_FLAGGED_V1)) {
                ViolationFlaggedV1 f = json.treeToValue(event.data(), ViolationFlaggedV1.class);
                out.println("【违规】" + WHEN.format(f.flaggedAt().atZone(BEIJING)) + " " + f.ruleId() + "（"
                        + f.article() + "）" + f.title() + "；严重程度 " + f.severity() + "；机构 " + f.agencyId()
                        + "；对象 " + f.subjectType() + " " + f.subjectId());
            } else if (type.equals(ContractEvents.SIGNED_V1)) {
                ContractSignedV1 c = json.treeToValue(event.data(), ContractSignedV1.class);
                out.println("【合同签订】" + c.signedDate() + " 合同 " + c.contractNumber() + "；机构 " + c.agencyId()
                        + "；服务类型 " + c.serviceType());
            }
        } catch (IOException e) {
            handledIds.remove(event.id());
            skip(record, "data cannot be read as " + type.payloadType().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A record we cannot use is reported and passed over, so that one bad record never stops the feed. */
    private void skip(ConsumerRecord<String, byte[]> record, String reason) {
        err.println("跳过 " + record.topic() + "/" + record.partition() + "@" + record.offset() + ": " + reason);
    }

    /** Makes a blocking {@link #pollOnce} return (from another thread, e.g. a shutdown hook). */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String group = args.length > 1 ? args[1] : "integrator-example";
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try (FindingFeed feed = new FindingFeed(bootstrap, group, out, err)) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                feed.wakeup();
                try {
                    main.join(10_000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }));
            while (true) {
                feed.pollOnce(Duration.ofSeconds(1));
            }
        } catch (WakeupException stopping) {
            err.println("stopped");
        }
    }
}
