package cn.safetysupervision.compliance;

import cn.safetysupervision.events.registry.RegistryEvents;

import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agency projection, fed through the real broker: at-least-once in, exactly-once in effect, poison aside. */
@QuarkusTest
class RegistryEventConsumptionTest {

    private static final String DLQ = "compliance-service.dlq";
    private static final String TYPE = RegistryEvents.AGENCY_REGISTERED_V1.type();

    private static String agencyRegistered(UUID agencyId, String creditCode, String name) {
        return """
                {"agencyId":"%s","creditCode":"%s","name":"%s","legalRepresentative":"王建国",
                 "registeredAddress":"山东省临沂市兰山区","status":"ACTIVE","registeredAt":"2026-11-28T08:00:00Z"}"""
                .formatted(agencyId, creditCode, name);
    }

    private static void awaitProjectedName(UUID agencyId, String name) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.regulator())
                        .when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                        .then().statusCode(200).body("name", equalTo(name)));
    }

    @Test
    void projectsARegisteredAgency() {
        UUID agencyId = UUID.randomUUID();
        String code = TestIdentifiers.creditCode();
        RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), RegistryEvents.AGENCY_TOPIC.name(),
                RawRecords.newEventId(), TYPE, agencyId.toString(), agencyRegistered(agencyId, code, "甲机构"));
        awaitProjectedName(agencyId, "甲机构");
        given().auth().oauth2(Tokens.agency(agencyId)).when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                .then().statusCode(200).body("creditCode", equalTo(code)).body("registryStatus", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                .then().statusCode(404);
    }

    @Test
    void aRedeliveredEventIdIsAppliedOnce() {
        UUID agencyId = UUID.randomUUID();
        String eventId = RawRecords.newEventId();
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), eventId, TYPE, agencyId.toString(),
                agencyRegistered(agencyId, TestIdentifiers.creditCode(), "第一次"));
        // Same ce_id again, with other data: a redelivery must not be applied, whatever it carries.
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), eventId, TYPE, agencyId.toString(),
                agencyRegistered(agencyId, TestIdentifiers.creditCode(), "第二次"));
        // A later, distinct event on the same partition proves the duplicate was already consumed.
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), RawRecords.newEventId(), "cn.safetysupervision.registry.agency.unknown.v1",
                agencyId.toString(), "{}");
        UUID marker = UUID.randomUUID();
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), RawRecords.newEventId(), TYPE, agencyId.toString(),
                agencyRegistered(marker, TestIdentifiers.creditCode(), "标记"));
        awaitProjectedName(marker, "标记");
        awaitProjectedName(agencyId, "第一次");
    }

    @Test
    void garbageGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        String poisonKey = "poison-" + UUID.randomUUID();
        RawRecords.produce(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), poisonKey,
                new byte[] {(byte) 0xC3, 0x28, '{', 'n', 'o', 't'}, Map.of());
        UUID agencyId = UUID.randomUUID();
        RawRecords.produceCloudEvent(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), RawRecords.newEventId(), TYPE,
                poisonKey, agencyRegistered(agencyId, TestIdentifiers.creditCode(), "毒丸之后"));
        awaitProjectedName(agencyId, "毒丸之后");

        ConsumerRecord<String, String> dead = RawRecords.awaitRecord(bootstrap, DLQ,
                r -> poisonKey.equals(r.key()) && RawRecords.header(r, "ce_id") == null, Duration.ofSeconds(30));
        String reason = RawRecords.header(dead, "dead-letter-reason");
        assertTrue(reason != null && reason.contains("not a CloudEvent"), "reason: " + reason);
        assertEquals(RegistryEvents.AGENCY_TOPIC.name(), RawRecords.header(dead, "dead-letter-topic"));
    }

    @Test
    void anEventThatKeepsFailingIsDeadLetteredAfterBoundedRetries() {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        UUID agencyId = UUID.randomUUID();
        String eventId = RawRecords.newEventId();
        // Valid envelope and shape, but a null name violates the projection's NOT NULL: it fails on every attempt.
        String data = agencyRegistered(agencyId, TestIdentifiers.creditCode(), "x").replace("\"name\":\"x\"", "\"name\":null");
        RawRecords.produce(bootstrap, RegistryEvents.AGENCY_TOPIC.name(), agencyId.toString(), data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_type", TYPE, "ce_source", "/test",
                "ce_subject", agencyId.toString(), "ce_time", "2026-11-28T08:00:00Z", "content-type", "application/json"));
        ConsumerRecord<String, String> dead = RawRecords.awaitRecord(bootstrap, DLQ,
                r -> eventId.equals(RawRecords.header(r, "ce_id")), Duration.ofSeconds(30));
        assertTrue(RawRecords.header(dead, "dead-letter-reason").contains("failed after 3 attempts"),
                RawRecords.header(dead, "dead-letter-reason"));
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                .then().statusCode(404);
    }
}
