package cn.safetysupervision.compliance;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Agencies made known to the service the way production does it: a registry event through the broker. */
final class TestAgencies {

    private TestAgencies() {
    }

    static UUID registered(String name) {
        UUID agencyId = UUID.randomUUID();
        String data = """
                {"agencyId":"%s","creditCode":"%s","name":"%s","legalRepresentative":"王建国",
                 "registeredAddress":"山东省临沂市兰山区","status":"ACTIVE","registeredAt":"2026-11-28T08:00:00Z"}"""
                .formatted(agencyId, TestIdentifiers.creditCode(), name);
        RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), RegistryEvents.AGENCY_TOPIC.name(),
                RawRecords.newEventId(), RegistryEvents.AGENCY_REGISTERED_V1.type(), agencyId.toString(), data);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.regulator())
                        .when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                        .then().statusCode(200));
        return agencyId;
    }
}
