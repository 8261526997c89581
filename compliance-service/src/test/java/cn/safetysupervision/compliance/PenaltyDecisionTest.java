package cn.safetysupervision.compliance;

import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PenaltyDecisionTest {

    @Test
    void aRegulatorRecordsAPenaltyDecisionWhichIsPublishedOnce() {
        UUID agencyId = UUID.randomUUID();
        String number = "临应急罚〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
        Map<String, Object> body = new HashMap<>(Map.of("agencyId", agencyId.toString(), "decisionNumber", number,
                "decidedOn", "2026-11-20", "legalBasis", "《安全生产法》第九十二条", "content", "罚款人民币五万元",
                "decidedBy", "临沂市应急管理局"));
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/penalty-decisions").then().statusCode(403);
        given().auth().oauth2(Tokens.agency(agencyId)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/penalty-decisions").then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/penalty-decisions").then().statusCode(201).body("decisionNumber", equalTo(number));
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/penalty-decisions").then().statusCode(409).contentType("application/problem+json");
        Map<String, Object> backwards = new HashMap<>(body);
        backwards.put("decisionNumber", number + "-2");
        backwards.put("endsOn", "2026-01-01");
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(backwards)
                .post("/api/v1/penalty-decisions").then().statusCode(400);

        ReceivedEvent event = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.SANCTION_TOPIC.name(),
                ComplianceEvents.PENALTY_DECIDED_V1.type(), agencyId.toString());
        assertEquals(number, event.data().get("decisionNumber").asText());
        assertEquals("2026-11-20", event.data().get("decidedOn").asText());

        given().auth().oauth2(Tokens.agency(agencyId)).queryParam("agencyId", agencyId).get("/api/v1/penalty-decisions")
                .then().statusCode(200).body("size()", equalTo(1));
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).queryParam("agencyId", agencyId)
                .get("/api/v1/penalty-decisions").then().statusCode(404);
    }
}
