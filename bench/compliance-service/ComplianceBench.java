import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * compliance-service bench, against a running service and broker on 127.0.0.1:
 *   1. "contract signed" → "violation flagged" latency at a fixed rate (default 200 events/s);
 *   2. sustained consume-and-evaluate throughput: a burst of N contracts, timed until the last finding appears.
 * Every contract is signed without a staffing list (附件3), so rule ART15-1 flags exactly one finding per contract.
 * Args: bootstrap rate seconds burst [agencies, default 100]
 */
public class ComplianceBench {

    static final String CONTRACTS = "contract.contract";
    static final String FINDINGS = "compliance.finding";
    static final String SIGNED = "cn.safetysupervision.contract.contract.signed.v1";
    static final String FLAGGED = "cn.safetysupervision.compliance.finding.flagged.v1";
    static final Pattern RULE = Pattern.compile("\"ruleId\":\"([^\"]+)\"");
    static final Pattern SUBJECT = Pattern.compile("\"subjectId\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int burst = Integer.parseInt(args[3]);
        // Contracts of many agencies, as in a city: one agency's integrity record would serialise every finding.
        int agencyCount = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        List<UUID> agencies = new ArrayList<>();
        for (int i = 0; i < agencyCount; i++) {
            agencies.add(UUID.randomUUID());
        }
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> flaggedAt = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread watcher = watchFindings(bootstrap, sentAt, flaggedAt, stop);

        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            // Warm-up, not measured.
            List<String> warm = sendAtRate(producer, agencies, rate, 5, sentAt);
            await(flaggedAt, warm, Duration.ofSeconds(60));

            List<String> measured = sendAtRate(producer, agencies, rate, seconds, sentAt);
            await(flaggedAt, measured, Duration.ofSeconds(120));
            List<Long> latencies = new ArrayList<>();
            for (String id : measured) {
                Long done = flaggedAt.get(id);
                if (done != null) {
                    latencies.add((done - sentAt.get(id)) / 1_000_000);
                }
            }
            Collections.sort(latencies);
            System.out.printf("latency contract signed -> violation flagged at %d events/s for %ds: %d/%d flagged, "
                            + "p50 %d ms, p99 %d ms, max %d ms (goal p99 <= 250 ms)%n", rate, seconds, latencies.size(),
                    measured.size(), pct(latencies, 50), pct(latencies, 99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));

            long start = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                ids.add(send(producer, agencies.get(i % agencies.size()), sentAt));
            }
            producer.flush();
            double produceSeconds = (System.nanoTime() - start) / 1e9;
            await(flaggedAt, ids, Duration.ofMinutes(10));
            long last = ids.stream().map(flaggedAt::get).filter(v -> v != null).mapToLong(Long::longValue).max().orElse(start);
            long done = ids.stream().filter(flaggedAt::containsKey).count();
            double seconds2 = (last - start) / 1e9;
            System.out.printf("burst of %d contracts produced in %.1f s; %d evaluated and flagged in %.1f s: %.0f events/s "
                    + "(goal >= 2000 events/s)%n", burst, produceSeconds, done, seconds2, done / seconds2);
            System.out.printf("RESULT service_rate=%.1f%n", done / seconds2);
        } finally {
            stop.set(true);
            watcher.join();
        }
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static List<String> sendAtRate(KafkaProducer<String, String> producer, List<UUID> agencies, int rate, int seconds,
                                   Map<String, Long> sentAt) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            ids.add(send(producer, agencies.get(i % agencies.size()), sentAt));
            next += interval;
        }
        producer.flush();
        return ids;
    }

    static String send(KafkaProducer<String, String> producer, UUID agencyId, Map<String, Long> sentAt) {
        String id = UUID.randomUUID().toString();
        String json = """
                {"contractId":"%s","agencyId":"%s","contractNumber":"BENCH-%s","client":{"name":"压测委托单位",
                "creditCode":"91371300MA3C00000X","industry":"危险化学品","address":"山东省临沂市"},"serviceType":"EVALUATION",
                "scope":"安全现状评价","feeItems":[{"description":"评价费","amount":45000}],"feeTotal":45000,
                "signedDate":"2026-11-20","siteWorkRequired":false,"plannedSiteWorkDate":null,"writtenNoticeDueDate":null,
                "reportDueDate":"2027-01-20","rectificationConfirmationDueDate":null,"staffing":[],"confidentialFields":[],
                "signedBy":"bench","signedAt":"%s"}""".formatted(id, agencyId, id.substring(0, 8), Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(CONTRACTS, id, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", SIGNED);
        header(record, "ce_source", "/bench");
        header(record, "ce_subject", id);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        sentAt.put(id, System.nanoTime());
        producer.send(record);
        return id;
    }

    static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static void await(Map<String, Long> flaggedAt, List<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !ids.stream().allMatch(flaggedAt::containsKey)) {
            Thread.sleep(50);
        }
    }

    static Thread watchFindings(String bootstrap, Map<String, Long> sentAt, Map<String, Long> flaggedAt, AtomicBoolean stop)
            throws InterruptedException {
        AtomicLong ready = new AtomicLong();
        Thread thread = new Thread(() -> {
            Properties props = new Properties();
            props.put("bootstrap.servers", bootstrap);
            props.put("enable.auto.commit", "false");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                while (partitions.isEmpty()) {
                    var infos = consumer.partitionsFor(FINDINGS, Duration.ofSeconds(5));
                    if (infos != null) {
                        infos.forEach(p -> partitions.add(new TopicPartition(FINDINGS, p.partition())));
                    }
                }
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                ready.set(1);
                while (!stop.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        var type = r.headers().lastHeader("ce_type");
                        if (type == null || !FLAGGED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                            continue;
                        }
                        Matcher rule = RULE.matcher(r.value());
                        Matcher subject = SUBJECT.matcher(r.value());
                        if (rule.find() && "ART15-1".equals(rule.group(1)) && subject.find() && sentAt.containsKey(subject.group(1))) {
                            flaggedAt.putIfAbsent(subject.group(1), now);
                        }
                    }
                }
            }
        }, "findings-watcher");
        thread.start();
        while (ready.get() == 0) {
            Thread.sleep(50);
        }
        return thread;
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("acks", "all");
        props.put("linger.ms", "1");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
