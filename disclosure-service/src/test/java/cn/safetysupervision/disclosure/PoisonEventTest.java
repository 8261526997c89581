package cn.safetysupervision.disclosure;

import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PoisonEventTest {

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String key = "poison-" + UUID.randomUUID();
        RawRecords.produce(KafkaBrokerResource.bootstrapServers(), "registry.agency", key,
                "{not json".getBytes(StandardCharsets.UTF_8), Map.of("ce_specversion", "1.0", "ce_id", key,
                        "ce_type", RegistryEvents.AGENCY_REGISTERED_V1.type(), "ce_source", "/test"));
        ConsumerRecord<String, String> dead = RawRecords.awaitRecord(KafkaBrokerResource.bootstrapServers(),
                "disclosure-service.dlq", r -> key.equals(r.key()), Duration.ofSeconds(60));
        assertEquals("registry.agency", RawRecords.header(dead, "dead-letter-topic"));

        UUID agencyId = UUID.randomUUID();
        Upstream.produce(RegistryEvents.AGENCY_REGISTERED_V1, agencyId, new AgencyRegisteredV1(agencyId,
                "91371300MA3C000000", "毒丸之后机构", "李四", "临沂市河东区", "ACTIVE", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/api/public/agencies/" + agencyId).statusCode() == 200);
        given().get("/api/public/agencies/" + agencyId).then().body("district", org.hamcrest.Matchers.equalTo("河东区"));
    }
}
