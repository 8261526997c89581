import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
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
 *   2. sustained consume-and-evaluate throughput: a burst of N contracts, timed until the service has judged the
 *      last one of every partition (a violating sentinel sent to each partition after the burst is flagged).
 * A violating contract is signed without a staffing list (附件3), which rule ART15-1 flags; latency is measured on
 * those. Two streams:
 *   mixed — the agencies hold a valid qualification covering the contracts, a signed commitment letter (附件2) and
 *           two employed practitioners (registry events sent first); every contract names them as its staff and is
 *           compliant, except every {@code violatingEvery}-th, which has no staffing list (one finding);
 *   worst — the agencies have no registry records and every contract lacks a staffing list: three findings each
 *           (ART14-2, ART15-1, ART15-2), each with its outbox event and integrity-record update.
 * Args: bootstrap rate seconds burst agencies mode violatingEvery warmup
 */
public class ComplianceBench {

    static final String CONTRACTS = "contract.contract";
    static final String REGISTRY_AGENCY = "registry.agency";
    static final String REGISTRY_QUALIFICATION = "registry.qualification";
    static final String REGISTRY_PRACTITIONER = "registry.practitioner";
    static final String INDUSTRY = "危险化学品";
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
        int agencyCount = Integer.parseInt(args[4]);
        boolean mixed = args[5].equals("mixed");
        int violatingEvery = mixed ? Integer.parseInt(args[6]) : 1;
        int warmup = Integer.parseInt(args[7]);
        List<Agency> agencies = new ArrayList<>();
        for (int i = 0; i < agencyCount; i++) {
            agencies.add(new Agency(UUID.randomUUID(), List.of(UUID.randomUUID(), UUID.randomUUID())));
        }
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> flaggedAt = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread watcher = watchFindings(bootstrap, sentAt, flaggedAt, stop);

        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            if (mixed) {
                sendRegistryRecords(producer, agencies);
                awaitRegistryApplied(bootstrap, Duration.ofSeconds(60));
            }
            Stream stream = new Stream(producer, agencies, violatingEvery, sentAt);
            // Warm-up (the JIT compiles the hot paths), not measured.
            List<String> warm = stream.burst(warmup);
            await(flaggedAt, warm, Duration.ofMinutes(5));

            List<String> measured = stream.atRate(rate, seconds);
            await(flaggedAt, measured, Duration.ofSeconds(120));
            List<Long> latencies = new ArrayList<>();
            for (String id : measured) {
                Long done = flaggedAt.get(id);
                if (done != null) {
                    latencies.add((done - sentAt.get(id)) / 1_000_000);
                }
            }
            if (Boolean.getBoolean("bench.trace")) {
                System.out.println("TRACE latencies in send order: " + latencies);
            }
            Collections.sort(latencies);
            System.out.printf("latency contract signed -> violation flagged at %d contracts/s for %ds (%s stream, measured "
                            + "on its %d violating contracts): %d flagged, p50 %d ms, p99 %d ms, max %d ms (goal p99 <= 250 ms)%n",
                    rate, seconds, mixed ? "mixed" : "worst", measured.size(), latencies.size(),
                    pct(latencies, 50), pct(latencies, 99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));

            long start = System.nanoTime();
            List<String> violating = stream.burst(burst);
            // Each partition is consumed in order: once its sentinel is flagged, everything before it was judged.
            List<String> sentinels = stream.sentinels(producer.partitionsFor(CONTRACTS).size());
            double produceSeconds = (System.nanoTime() - start) / 1e9;
            await(flaggedAt, sentinels, Duration.ofMinutes(10));
            await(flaggedAt, violating, Duration.ofSeconds(10));
            long last = sentinels.stream().map(flaggedAt::get).filter(v -> v != null).mapToLong(Long::longValue).max().orElse(start);
            long judged = burst + sentinels.size();
            boolean complete = sentinels.stream().allMatch(flaggedAt::containsKey)
                    && violating.stream().allMatch(flaggedAt::containsKey);
            double seconds2 = (last - start) / 1e9;
            System.out.printf("burst of %d contracts (%d violating) produced in %.1f s; all judged in %.1f s%s: %.0f events/s "
                            + "(goal >= 2000 events/s)%n", burst, violating.size(), produceSeconds, seconds2,
                    complete ? "" : " — INCOMPLETE, findings missing", judged / seconds2);
            System.out.printf("RESULT service_rate=%.1f%n", complete ? judged / seconds2 : 0.0);
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

    record Agency(UUID id, List<UUID> practitioners) {
    }

    /** The bench's contracts: compliant ones and, every {@code violatingEvery}-th, one without a staffing list. */
    static final class Stream {
        private final KafkaProducer<String, String> producer;
        private final List<Agency> agencies;
        private final int violatingEvery;
        private final Map<String, Long> sentAt;
        private long sent;

        Stream(KafkaProducer<String, String> producer, List<Agency> agencies, int violatingEvery, Map<String, Long> sentAt) {
            this.producer = producer;
            this.agencies = agencies;
            this.violatingEvery = violatingEvery;
            this.sentAt = sentAt;
        }

        /** Sends n contracts as fast as the producer takes them; the ids of the violating ones. */
        List<String> burst(int n) {
            List<String> violating = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                next(null, violating);
            }
            producer.flush();
            return violating;
        }

        /** Sends contracts at a fixed rate; the ids of the violating ones. */
        List<String> atRate(int rate, int seconds) throws InterruptedException {
            List<String> violating = new ArrayList<>();
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int i = 0; i < rate * seconds; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next(null, violating);
                next += interval;
            }
            producer.flush();
            return violating;
        }

        /** One violating contract on each partition. */
        List<String> sentinels(int partitions) {
            List<String> ids = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                ids.add(send(p, agencies.get(p % agencies.size()), true));
            }
            producer.flush();
            return ids;
        }

        private void next(Integer partition, List<String> violating) {
            boolean violates = sent % violatingEvery == 0;
            String id = send(partition, agencies.get((int) (sent % agencies.size())), violates);
            sent++;
            if (violates) {
                violating.add(id);
            }
        }

        private String send(Integer partition, Agency agency, boolean violating) {
            String id = UUID.randomUUID().toString();
            String staffing = violating ? "[]" : """
                    [{"role":"PROJECT_LEAD","practitionerId":"%s","practitionerName":"压测评价师甲","credentialId":"%s",
                    "credentialType":"SAFETY_ASSESSOR","credentialNumber":"S-%s","credentialSpecialty":"%s","employmentType":"FULL_TIME"},
                    {"role":"MEMBER","practitionerId":"%s","practitionerName":"压测评价师乙","credentialId":"%s",
                    "credentialType":"SAFETY_ASSESSOR","credentialNumber":"S-%s","credentialSpecialty":"%s","employmentType":"FULL_TIME"}]"""
                    .formatted(agency.practitioners().get(0), agency.practitioners().get(0),
                            agency.practitioners().get(0).toString().substring(0, 8), INDUSTRY,
                            agency.practitioners().get(1), agency.practitioners().get(1),
                            agency.practitioners().get(1).toString().substring(0, 8), INDUSTRY);
            String json = """
                    {"contractId":"%s","agencyId":"%s","contractNumber":"BENCH-%s","client":{"name":"压测委托单位",
                    "creditCode":"91371300MA3C00000X","industry":"%s","address":"山东省临沂市"},"serviceType":"EVALUATION",
                    "scope":"安全现状评价","feeItems":[{"description":"评价费","amount":45000}],"feeTotal":45000,
                    "signedDate":"2026-11-20","siteWorkRequired":false,"plannedSiteWorkDate":null,"writtenNoticeDueDate":null,
                    "reportDueDate":"2027-01-20","rectificationConfirmationDueDate":null,"staffing":%s,"confidentialFields":[],
                    "signedBy":"bench","signedAt":"%s"}""".formatted(id, agency.id(), id.substring(0, 8), INDUSTRY, staffing,
                    Instant.now());
            ProducerRecord<String, String> record = new ProducerRecord<>(CONTRACTS, partition, id, json);
            event(record, SIGNED, id);
            sentAt.put(id, System.nanoTime());
            producer.send(record);
            return id;
        }
    }

    /** Per agency: a valid qualification covering the contracts, a signed commitment letter, two employed practitioners. */
    static void sendRegistryRecords(KafkaProducer<String, String> producer, List<Agency> agencies) {
        String now = Instant.now().toString();
        String prefix = "cn.safetysupervision.registry.";
        int n = 0;
        for (Agency agency : agencies) {
            String code = "913713%02dMA3C%05dX".formatted(n % 100, n);
            String name = "压测安全评价有限公司" + n++;
            String qualificationId = UUID.randomUUID().toString();
            String qualification = """
                    {"qualificationId":"%s","certificateNumber":"BENCH-Q-%s","agencyId":"%s","creditCode":"%s","agencyName":"%s",
                    "qualificationType":"SAFETY_EVALUATION","businessScope":[{"serviceType":"EVALUATION","industry":"%s"}],
                    "issuer":"山东省应急管理厅","validFrom":"2025-01-01","validTo":"2029-12-31","status":"VALID",
                    "recordedBy":"bench","recordedAt":"%s"}""".formatted(qualificationId, qualificationId.substring(0, 8),
                    agency.id(), code, name, INDUSTRY, now);
            send(producer, REGISTRY_QUALIFICATION, qualificationId, prefix + "qualification.granted.v1", qualification);
            String commitment = """
                    {"agencyId":"%s","creditCode":"%s","agencyName":"%s","commitmentId":"%s","signatory":"压测法人",
                    "signatoryTitle":"总经理","signedOn":"2025-01-02","documentSha256":"%s","commitmentVersion":"2024",
                    "recordedBy":"bench","recordedAt":"%s"}""".formatted(agency.id(), code, name, UUID.randomUUID(),
                    "0".repeat(64), now);
            send(producer, REGISTRY_AGENCY, agency.id().toString(), prefix + "agency.commitment-signed.v1", commitment);
            for (UUID practitioner : agency.practitioners()) {
                String employment = """
                        {"employmentId":"%s","practitionerId":"%s","practitionerName":"压测评价师","idNumberHash":"%s",
                        "agencyId":"%s","creditCode":"%s","agencyName":"%s","employmentType":"FULL_TIME",
                        "employedFrom":"2025-01-01","employedTo":null,"recordedBy":"bench","recordedAt":"%s"}"""
                        .formatted(UUID.randomUUID(), practitioner, "%064x".formatted(practitioner.getLeastSignificantBits()),
                                agency.id(), code, name, now);
                send(producer, REGISTRY_PRACTITIONER, practitioner.toString(), prefix + "practitioner.employment-started.v1",
                        employment);
            }
        }
        producer.flush();
    }

    static void send(KafkaProducer<String, String> producer, String topic, String key, String type, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        event(record, type, key);
        producer.send(record);
    }

    /** Waits until compliance-service's consumer group has committed the end of the registry topics. */
    static void awaitRegistryApplied(String bootstrap, Duration timeout) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(REGISTRY_AGENCY, REGISTRY_QUALIFICATION, REGISTRY_PRACTITIONER)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                var committed = admin.listConsumerGroupOffsets("compliance-service").partitionsToOffsetAndMetadata().get();
                if (partitions.stream().allMatch(p -> committed.get(p) != null
                        && committed.get(p).offset() >= ends.get(p).offset())) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("compliance-service did not take in the registry records within " + timeout);
        }
    }

    static void event(ProducerRecord<String, String> record, String type, String subject) {
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "/bench");
        header(record, "ce_subject", subject);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
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
