package cn.safetysupervision.dashboard;

import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** First life: events arrive and are shown. {@link RestartSecondLifeTest} then starts the service again. */
@QuarkusTest
@TestProfile(RestartProfiles.FirstLife.class)
class RestartFirstLifeTest {

    static final String AGENCY = "restarttest.agency";
    static final String FINDING = "restarttest.finding";
    static final String BEFORE = "restarttest.seq-before";

    @Test
    void eventsOfTheFirstLifeAreInTheFeed() {
        UUID agencyId = Events.registerAgency("莒南重启测试机构", "山东省临沂市莒南县十字路街道1号");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .queryParam("agency", agencyId).when().get("/api/feed").then().body("size()", org.hamcrest.Matchers.is(1)));
        long before = given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId).when().get("/api/feed")
                .then().extract().jsonPath().getLong("[0].seq");
        UUID findingId = Events.flag(agencyId, "ART15-1", List.of());
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .queryParam("agency", agencyId).when().get("/api/feed").then().body("findingId", hasItem(findingId.toString())));
        System.setProperty(AGENCY, agencyId.toString());
        System.setProperty(FINDING, findingId.toString());
        System.setProperty(BEFORE, String.valueOf(before));
    }
}
