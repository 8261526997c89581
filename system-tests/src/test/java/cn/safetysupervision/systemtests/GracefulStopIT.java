package cn.safetysupervision.systemtests;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.PostgresDatabaseResource;
import cn.safetysupervision.testkit.TestIdentifiers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A graceful stop in the middle of consuming loses nothing: registry events being applied while contract-service
 * shuts down are neither dead-lettered nor committed, and the restarted service applies every one of them once.
 */
class GracefulStopIT {

    private static final int AGENCIES = 3000;

    @Test
    void registryEventsInFlightAtAGracefulStopAreAppliedAfterTheRestart() throws Exception {
        try (Suite suite = new Suite()) {
            ServiceProcess contracts = suite.service("contract-service").start();
            produceAgencies(suite.kafka.bootstrapServers());

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long projected = 0;
            while (projected == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                projected = projectedAgencies(contracts);
            }
            assertTrue(projected > 0, "contract-service never started applying the registry events");
            contracts.stop(); // SIGTERM while (most likely) a batch is being applied
            long beforeRestart = projectedAgencies(contracts);

            contracts.start();
            deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (projectedAgencies(contracts) < AGENCIES && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(AGENCIES, projectedAgencies(contracts),
                    "every agency is projected after the restart (" + beforeRestart + " were before it)");
            assertEquals(0, deadLetters(suite.kafka.bootstrapServers()), "nothing went to contract-service.dlq");
        }
    }

    private static void produceAgencies(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < AGENCIES; i++) {
                UUID agencyId = UUID.randomUUID();
                ProducerRecord<String, String> record = new ProducerRecord<>(RegistryEvents.AGENCY_TOPIC.name(),
                        agencyId.toString(), """
                        {"agencyId":"%s","creditCode":"%s","name":"临沂第%d安全评价有限公司","legalRepresentative":"王建国",
                         "registeredAddress":"山东省临沂市兰山区","status":"ACTIVE","registeredAt":"2026-11-28T08:00:00Z"}"""
                        .formatted(agencyId, TestIdentifiers.creditCode(), i));
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", UUID.randomUUID().toString());
                header(record, "ce_type", RegistryEvents.AGENCY_REGISTERED_V1.type());
                header(record, "ce_source", "/system-tests");
                header(record, "ce_subject", agencyId.toString());
                header(record, "ce_time", Instant.now().toString());
                header(record, "content-type", "application/json");
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static long projectedAgencies(ServiceProcess service) throws SQLException {
        try (Connection c = DriverManager.getConnection(service.databaseUrl(), PostgresDatabaseResource.user(),
                PostgresDatabaseResource.password());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from registry_agency")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // Flyway has not created the table yet
            }
            throw e;
        }
    }

    private static int deadLetters(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "graceful-stop-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("contract-service.dlq"));
            int count = 0;
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < until) {
                count += consumer.poll(Duration.ofMillis(500)).count();
            }
            return count;
        }
    }
}
