package cn.safetysupervision.compliance;

import cn.safetysupervision.compliance.domain.CreditRecordSweeps;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.IsolatedProfile;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: with {@code compliance.due-process.auto-confirm-after-window} on, the sweep confirms a suspected finding
 * nobody answered or decided once its window is over, and says so; an answered one waits for a person. The sweep is
 * driven with a day after the window (no sleeping). Off (the default): {@link DueProcessTest}.
 */
@QuarkusTest
@TestProfile(AutoConfirmTest.AutoConfirmOn.class)
class AutoConfirmTest {

    public static class AutoConfirmOn extends IsolatedProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("compliance.due-process.auto-confirm-after-window", "true");
        }
    }

    @Inject
    CreditRecordSweeps sweeps;

    private static String etag(String findingId) {
        return given().auth().oauth2(Tokens.regulator()).get("/api/v1/findings/" + findingId).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void anUnansweredFindingIsConfirmedAfterItsWindowAndSaysSoWhileAnAnsweredOneWaits() {
        UUID silent = TestAgencies.registered("沉默机构");
        UUID answering = TestAgencies.registered("答辩机构");
        for (UUID agency : List.of(silent, answering)) {
            Scenario.sign(Scenario.contract(UUID.randomUUID(), agency, TestIdentifiers.creditCode(), "危险化学品",
                    "EVALUATION", "45000", false, List.of()));
        }
        var unanswered = Events.awaitFindings(silent, "ART14-2");
        String silentId = unanswered.getString("items[0].id");
        LocalDate respondBy = LocalDate.parse(unanswered.getString("items[0].respondBy"));
        String answeredId = Events.awaitFindings(answering, "ART14-2").getString("items[0].id");
        given().auth().oauth2(Tokens.agency(answering)).header("If-Match", etag(answeredId)).contentType(ContentType.JSON)
                .body(Map.of("statement", "签约时资质有效，证书扫描件已上传")).post("/api/v1/findings/" + answeredId + "/response")
                .then().statusCode(200);

        sweeps.autoConfirmAsOf(respondBy); // the last day of the window: not over yet
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/findings/" + silentId).then().statusCode(200)
                .body("verdict", equalTo("SUSPECTED"));

        sweeps.autoConfirmAsOf(respondBy.plusDays(1));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/findings/" + silentId).then().statusCode(200)
                .body("verdict", equalTo("CONFIRMED")).body("autoConfirmed", equalTo(true))
                .body("confirmedBy", equalTo("system")).body("confirmationReason", containsString("自动确认"));
        ReceivedEvent confirmed = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.FINDING_TOPIC.name(),
                ComplianceEvents.FINDING_CONFIRMED_V1.type(), silentId);
        assertTrue(confirmed.data().get("automatic").asBoolean());
        int points = given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + silent + "/credit").then()
                .statusCode(200).extract().path("points");
        // every unanswered finding of the agency was confirmed: ART14-2 (SEVERE, 6) and ART15-1, ART15-2 (MINOR, 1 each)
        assertEquals(8, points, "the auto-confirmed findings count");
        assertEquals(List.of("CONFIRMED"), Events.findings(silent, null).getList("items.verdict").stream().distinct().toList());
        // the answer waits for a person to read it
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/findings/" + answeredId).then().statusCode(200)
                .body("verdict", equalTo("SUSPECTED")).body("autoConfirmed", equalTo(false));
    }
}
