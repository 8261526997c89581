package cn.safetysupervision.systemtests;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** While Kafka is down the API keeps accepting changes; when it returns every event arrives and is applied. */
class KafkaOutageIT {

    private static final int AGENCIES_DURING_OUTAGE = 10;

    @Test
    void everyEventArrivesAfterKafkaReturns() {
        try (Suite suite = new Suite()) {
            ServiceProcess registry = suite.service("agency-registry").start();
            ServiceProcess compliance = suite.service("compliance-service").start();
            String topic = RegistryEvents.AGENCY_TOPIC.name();
            EventProbe probe = new EventProbe(suite.kafka.bootstrapServers());
            String before = Suite.registerAgency(registry, "停机前机构");
            probe.awaitEvent(topic, RegistryEvents.AGENCY_REGISTERED_V1.type(), before);

            suite.kafka.stop();
            List<String> registered = new ArrayList<>();
            for (int i = 0; i < AGENCIES_DURING_OUTAGE; i++) {
                registered.add(Suite.registerAgency(registry, "停机期间机构" + i));
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().baseUri(registry.baseUri()).when().get("/q/health/ready").then().statusCode(503));
            suite.kafka.start();

            Set<String> wanted = new HashSet<>(registered);
            List<ReceivedEvent> events = probe.awaitEvents(topic, e -> wanted.contains(e.subject()),
                    AGENCIES_DURING_OUTAGE, Duration.ofSeconds(90));
            assertEquals(wanted, events.stream().map(ReceivedEvent::subject).collect(Collectors.toSet()));
            assertEquals(AGENCIES_DURING_OUTAGE, events.stream().map(ReceivedEvent::id).distinct().count(),
                    "one event id per registration (a redelivery would repeat an id, never add one)");

            for (String agencyId : registered) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        given().baseUri(compliance.baseUri()).auth().oauth2(Tokens.regulator())
                                .when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                                .then().statusCode(200).body("agencyId", equalTo(agencyId)));
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().baseUri(registry.baseUri()).when().get("/q/health/ready").then().statusCode(200));
        }
    }
}
