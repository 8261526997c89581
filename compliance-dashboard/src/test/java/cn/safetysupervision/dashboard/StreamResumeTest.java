package cn.safetysupervision.dashboard;

import cn.safetysupervision.testkit.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StreamResumeTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @TestHTTPResource("/")
    URL base;

    @Test
    void aNewClientGetsTheSnapshotThenLiveItemsAndAReconnectingOneGetsWhatItMissedExactlyOnce() throws Exception {
        UUID agencyId = Events.registerAgency("沂南续传测试机构", "山东省临沂市沂南县界湖街道1号");
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId)
                .when().get("/api/feed").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(1)));

        String a;
        try (SseClient first = SseClient.connect(base.getPort(), Tokens.regulator(), null)) {
            assertEquals(200, first.status());
            SseClient.Event snapshot = first.next(WAIT);
            assertEquals("snapshot", snapshot.name(), "a new client never opens empty: the snapshot comes first");
            JsonNode snap = Events.JSON.readTree(snapshot.data());
            assertEquals(Long.parseLong(snapshot.id()), snap.get("head").asLong());
            assertTrue(snap.get("items").size() >= 1);

            UUID findingA = Events.flag(agencyId, "ART14-3", List.of());
            List<SseClient.Event> live = first.until(e -> e.data().contains(findingA.toString()), WAIT);
            SseClient.Event itemA = live.get(live.size() - 1);
            assertEquals("feed", itemA.name());
            a = itemA.id();
        }

        // Disconnected: two more happen.
        UUID findingB = Events.flag(agencyId, "ART14-5", List.of());
        UUID findingC = Events.flag(agencyId, "ART14-7", List.of());
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId)
                .when().get("/api/feed").then().body("findingId", hasItems(findingB.toString(), findingC.toString())));

        for (int attempt = 0; attempt < 2; attempt++) { // resuming twice from the same id gives the same items
            try (SseClient again = SseClient.connect(base.getPort(), Tokens.regulator(), a)) {
                List<SseClient.Event> received = again.until(e -> e.data().contains(findingC.toString()), WAIT);
                received.addAll(again.drain(Duration.ofSeconds(2)));
                List<SseClient.Event> items = received.stream().filter(e -> "feed".equals(e.name())).toList();
                assertTrue(received.stream().noneMatch(e -> "snapshot".equals(e.name())), "a resumed stream has no snapshot");
                List<Long> ids = items.stream().map(e -> Long.parseLong(e.id())).toList();
                assertTrue(ids.stream().allMatch(id -> id > Long.parseLong(a)), "nothing at or before the last id " + ids);
                assertEquals(ids.stream().sorted().distinct().toList(), ids, "in order, each once: " + ids);
                List<String> ofAgency = items.stream().filter(e -> e.data().contains(agencyId.toString()))
                        .map(e -> e.data().contains(findingB.toString()) ? "B" : e.data().contains(findingC.toString()) ? "C" : "?")
                        .toList();
                assertEquals(List.of("B", "C"), ofAgency, "the missed items exactly once, in order");
            }
        }
    }
}
