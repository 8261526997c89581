package cn.safetysupervision.compliance.events;

import cn.safetysupervision.platform.events.InboundEvents;
import cn.safetysupervision.platform.events.IncomingEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Rebuilds the projections by replaying the consumed topics from the beginning: the projection tables and this
 * service's consumed-event marks are cleared, then every record up to the end offsets seen at the start is applied
 * again, in record-timestamp order across topics, through the same handlers and idempotency scopes as the live
 * consumers (which keep running; whichever applies an event first wins). Findings, the integrity record and
 * reference prices are owned state and stay; a replayed event that a rule already judged adds nothing, so the
 * findings after a rebuild are the findings before it.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final List<String> PROJECTION_TABLES = List.of("monitored_agency", "qualification", "employment",
            "credential", "agency_commitment", "pending_filing", "contract", "contract_credential", "site_visit", "report");

    /** Where a rebuild stands. */
    public record Status(UUID id, String state, Instant startedAt, Instant finishedAt, long replayed, long skipped,
                         String error) {
    }

    private record Route(String consumer, Consumer<IncomingEvent> handler) {
    }

    private final EntityManager em;
    private final InboundEvents inbound;
    private final String bootstrapServers;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final AtomicReference<Status> current = new AtomicReference<>();

    ProjectionRebuild(EntityManager em, InboundEvents inbound, RegistryEventsConsumer registry,
                      ContractEventsConsumer contracts,
                      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.em = em;
        this.inbound = inbound;
        this.bootstrapServers = bootstrapServers;
        routes.put("registry.agency", new Route(RegistryEventsConsumer.AGENCY_CONSUMER, registry::apply));
        routes.put("registry.qualification", new Route(RegistryEventsConsumer.QUALIFICATION_CONSUMER, registry::apply));
        routes.put("registry.practitioner", new Route(RegistryEventsConsumer.PRACTITIONER_CONSUMER, registry::apply));
        routes.put("contract.contract", new Route(ContractEventsConsumer.CONSUMER, contracts::apply));
    }

    public Status current() {
        return current.get();
    }

    /** Starts a rebuild in the background; answers the running one if there is one. */
    public synchronized Status start() {
        Status running = current.get();
        if (running != null && running.state().equals("RUNNING")) {
            return running;
        }
        Status started = new Status(UUID.randomUUID(), "RUNNING", Instant.now(), null, 0, 0, null);
        current.set(started);
        Thread worker = new Thread(() -> run(started), "projection-rebuild");
        worker.setDaemon(true);
        worker.start();
        return started;
    }

    private void run(Status started) {
        long replayed = 0;
        long skipped = 0;
        try {
            List<ConsumerRecord<String, String>> records = readAll();
            clearProjections();
            for (ConsumerRecord<String, String> record : records) {
                Route route = routes.get(record.topic());
                try {
                    inbound.handle(route.consumer(), record, route.handler());
                    replayed++;
                } catch (RuntimeException e) {
                    // Poison or permanently failing: it went to the dead-letter topic the first time too.
                    skipped++;
                    LOG.warnf("rebuild: skipped %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
                }
                current.set(new Status(started.id(), "RUNNING", started.startedAt(), null, replayed, skipped, null));
            }
            current.set(new Status(started.id(), "DONE", started.startedAt(), Instant.now(), replayed, skipped, null));
            LOG.infof("rebuild %s: %d events replayed, %d skipped", started.id(), replayed, skipped);
        } catch (RuntimeException e) {
            LOG.error("rebuild failed", e);
            current.set(new Status(started.id(), "FAILED", started.startedAt(), Instant.now(), replayed, skipped, e.getMessage()));
        }
    }

    private void clearProjections() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("truncate table " + String.join(", ", PROJECTION_TABLES)).executeUpdate();
            em.createNativeQuery("delete from consumed_event where consumer in (?1, ?2, ?3, ?4)")
                    .setParameter(1, RegistryEventsConsumer.AGENCY_CONSUMER)
                    .setParameter(2, RegistryEventsConsumer.QUALIFICATION_CONSUMER)
                    .setParameter(3, RegistryEventsConsumer.PRACTITIONER_CONSUMER)
                    .setParameter(4, ContractEventsConsumer.CONSUMER)
                    .executeUpdate();
        });
    }

    /** Every record up to the end offsets of now, ordered by timestamp (then topic, partition, offset). */
    private List<ConsumerRecord<String, String>> readAll() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : routes.keySet()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        records.sort(Comparator.<ConsumerRecord<String, String>>comparingLong(ConsumerRecord::timestamp)
                .thenComparing(ConsumerRecord::topic).thenComparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }
}
