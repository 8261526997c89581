package cn.safetysupervision.systemtests;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An agency registered in agency-registry reaches compliance-service through Kafka, across real processes. */
class WalkingSkeletonIT {

    private static Suite suite;
    private static ServiceProcess registry;
    private static ServiceProcess compliance;

    @BeforeAll
    static void start() {
        suite = new Suite();
        registry = suite.service("agency-registry").start();
        compliance = suite.service("compliance-service").start();
    }

    @AfterAll
    static void stop() {
        suite.close();
    }

    @Test
    void aRegisteredAgencyIsPublishedAndProjectedByCompliance() {
        String agencyId = Suite.registerAgency(registry, "临沂诚安检测技术有限公司");

        ReceivedEvent event = new EventProbe(suite.kafka.bootstrapServers())
                .awaitEvent(RegistryEvents.AGENCY_TOPIC.name(), RegistryEvents.AGENCY_REGISTERED_V1.type(), agencyId);
        assertEquals("临沂诚安检测技术有限公司", event.data().get("name").asText());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(compliance.baseUri()).auth().oauth2(Tokens.regulator())
                        .when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                        .then().statusCode(200)
                        .body("agencyId", equalTo(agencyId))
                        .body("name", equalTo("临沂诚安检测技术有限公司")));
    }

    @Test
    void bothServicesReportReadyWithDatabaseAndKafka() {
        for (ServiceProcess service : new ServiceProcess[] {registry, compliance}) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().baseUri(service.baseUri()).when().get("/q/health/ready")
                            .then().statusCode(200).body("status", equalTo("UP")));
        }
        given().baseUri(registry.baseUri()).when().get("/q/openapi").then().statusCode(200);
        given().baseUri(registry.baseUri()).when().get("/q/metrics").then().statusCode(200);
    }
}
