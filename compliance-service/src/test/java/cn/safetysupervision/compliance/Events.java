package cn.safetysupervision.compliance;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** Produces contract payload records as CloudEvents to the test broker, as the owning service would. */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    /** @return the event id */
    static <T> String produce(EventType<T> type, Object key, T payload) {
        String id = RawRecords.newEventId();
        produce(type, key, payload, id);
        return id;
    }

    static <T> void produce(EventType<T> type, Object key, T payload, String eventId) {
        try {
            RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), type.topic().name(), eventId,
                    type.type(), String.valueOf(key), JSON.writeValueAsString(payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the agency has at least one finding of the rule; returns the search result. */
    static JsonPath awaitFindings(UUID agencyId, String ruleId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(cn.safetysupervision.testkit.Tokens.regulator())
                .queryParam("agencyId", agencyId).queryParam("ruleId", ruleId).when().get("/api/v1/findings")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1)));
        return findings(agencyId, ruleId);
    }

    static JsonPath findings(UUID agencyId, String ruleId) {
        return given().auth().oauth2(cn.safetysupervision.testkit.Tokens.regulator())
                .queryParam("agencyId", agencyId).queryParam("ruleId", ruleId).when().get("/api/v1/findings")
                .then().statusCode(200).extract().jsonPath();
    }
}
