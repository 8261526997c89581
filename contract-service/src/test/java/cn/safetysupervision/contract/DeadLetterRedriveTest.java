package cn.safetysupervision.contract;

import cn.safetysupervision.contract.persistence.RegistryAgency;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 15: a dead-lettered record is re-applied through the normal idempotent path, once, by the re-drive command. */
@QuarkusTest
class DeadLetterRedriveTest {

    @Test
    void aRedrivenRecordIsAppliedOnceAndTheDlqMovesOn() {
        UUID agencyId = UUID.randomUUID();
        String eventId = RawRecords.newEventId();
        String data = """
                {"agencyId":"%s","creditCode":"%s","name":"重放测试评价有限公司","legalRepresentative":"王建国",
                 "registeredAddress":"山东省临沂市兰山区","status":"ACTIVE","registeredAt":"2026-11-28T08:00:00Z"}"""
                .formatted(agencyId, TestIdentifiers.creditCode());
        // As DeadLetters writes it: the original record (never applied here) with the dead-letter headers.
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_type", RegistryEvents.AGENCY_REGISTERED_V1.type());
        headers.put("ce_source", "/agency-registry");
        headers.put("ce_subject", agencyId.toString());
        headers.put("ce_time", OffsetDateTime.now().toString());
        headers.put("content-type", "application/json");
        headers.put("dead-letter-reason", "the database refused it (since fixed)");
        headers.put("dead-letter-topic", RegistryEvents.AGENCY_TOPIC.name());
        headers.put("dead-letter-partition", "0");
        headers.put("dead-letter-offset", "0");
        RawRecords.produce(KafkaBrokerResource.bootstrapServers(), "contract-service.dlq", agencyId.toString(),
                data.getBytes(StandardCharsets.UTF_8), headers);

        given().auth().oauth2(Tokens.association()).post("/api/v1/admin/dead-letters/redrive").then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).post("/api/v1/admin/dead-letters/redrive").then().statusCode(200)
                .body("byTopic.'registry.agency'", equalTo(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RegistryAgency.findById(agencyId) != null));

        // The DLQ's offset moved on: a second re-drive finds nothing new.
        given().auth().oauth2(Tokens.regulator()).post("/api/v1/admin/dead-letters/redrive").then().statusCode(200)
                .body("redriven", equalTo(0));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> RegistryAgency.count("id", agencyId)));
    }
}
