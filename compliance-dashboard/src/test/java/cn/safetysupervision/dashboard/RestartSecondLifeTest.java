package cn.safetysupervision.dashboard;

import cn.safetysupervision.testkit.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Second life on the same database and a new, empty Kafka broker: the snapshot, the overview and a resumed stream
 * show the first life's events, so none of it was held only in memory or re-read from the topics.
 */
@QuarkusTest
@TestProfile(RestartProfiles.SecondLife.class)
class RestartSecondLifeTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theSnapshotAndResumeSurviveARestart() throws Exception {
        String agencyId = System.getProperty(RestartFirstLifeTest.AGENCY);
        String findingId = System.getProperty(RestartFirstLifeTest.FINDING);
        assumeTrue(agencyId != null, "runs after RestartFirstLifeTest (same JVM)");
        long before = Long.parseLong(System.getProperty(RestartFirstLifeTest.BEFORE));

        try (SseClient client = SseClient.connect(base.getPort(), Tokens.regulator(), null)) {
            SseClient.Event snapshot = client.next(Duration.ofSeconds(20));
            assertEquals("snapshot", snapshot.name());
            JsonNode items = Events.JSON.readTree(snapshot.data()).get("items");
            List<String> findings = StreamSupport.stream(items.spliterator(), false)
                    .map(i -> i.path("findingId").asText()).filter(findingId::equals).toList();
            assertEquals(List.of(findingId), findings, "the first life's finding is in the new snapshot, once");
        }
        try (SseClient resumed = SseClient.connect(base.getPort(), Tokens.regulator(), String.valueOf(before))) {
            List<SseClient.Event> got = resumed.until(e -> e.data().contains(findingId), Duration.ofSeconds(20));
            got.addAll(resumed.drain(Duration.ofSeconds(1)));
            assertEquals(1, got.stream().filter(e -> e.data().contains(findingId)).count(),
                    "a browser that saw the first life resumes across the restart without a double");
            assertTrue(got.stream().allMatch(e -> e.id() == null || Long.parseLong(e.id()) > before));
        }
        given().auth().oauth2(Tokens.regulator()).when().get("/api/findings/" + findingId).then().statusCode(200)
                .body("finding.status", equalTo("SUSPECTED")).body("finding.agencyName", equalTo("莒南重启测试机构"));
        given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId).when().get("/api/tables/by-agency")
                .then().body("rows[0][1]", equalTo("莒南县"));
    }
}
