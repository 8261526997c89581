package cn.safetysupervision.complaint;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.domain.RetentionSweeper;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RetentionTest {

    @Inject
    RetentionSweeper retention;

    @Inject
    ComplaintConfig config;

    @Test
    void personalDataOfAClosedCaseIsAnnouncedThenPurgedAndTheAuditRecordStays() {
        TestWorld.Agency agency = TestWorld.agency("临沂保存期限测试有限公司");
        Map<String, Object> complaint = ComplaintLifecycleTest.complaint(agency);
        complaint.put("identity", Map.of("name", "王五", "phone", "13800000000", "consentToContact", false));
        String code = (String) TestWorld.submit(complaint).get("receiptCode");
        String caseId = TestWorld.caseIdOf(code);
        given().header("X-Receipt-Code", code).contentType("application/octet-stream").body(AttachmentTest.PNG)
                .post("/api/v1/public/follow-up/attachments").then().statusCode(201);
        given().auth().oauth2(Tokens.association()).contentType("application/json")
                .body(Map.of("reason", "NO_TARGET_OR_FACTS", "messageToReporter", "举报内容不具体，无法核查。"))
                .post("/api/v1/cases/" + caseId + "/refuse").then().statusCode(200);

        Instant closed = Instant.now();
        Duration keep = config.retention().afterClosing();
        Duration ahead = config.retention().warnAhead();
        // Before the warning window nothing happens to this case.
        retention.run(closed.plus(keep).minus(ahead).minus(Duration.ofDays(1)));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("description", is(ComplaintLifecycleTest.complaint(agency).get("description")));

        int[] warned = retention.run(closed.plus(keep).minus(ahead).plus(Duration.ofDays(1)));
        assertTrue(warned[0] >= 1, "announced");
        ReceivedEvent due = EventProbe.onTestBroker().awaitEvent(ComplaintEvents.CASE_TOPIC.name(), ComplaintEvents.PURGE_DUE_V1.type(), caseId);
        assertTrue(due.data().get("purgeOn").asText().length() == 10);
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("purgedAt", nullValue());

        int[] purged = retention.run(closed.plus(keep).plus(Duration.ofDays(1)));
        assertTrue(purged[1] >= 1, "purged");
        assertEquals(0, retention.run(closed.plus(keep).plus(Duration.ofDays(2)))[1], "nothing is purged twice");
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("description", nullValue()).body("identityOnFile", is(false)).body("attachments.size()", is(0))
                .body("messages.size()", is(0)).body("status", is("REFUSED")).body("refusalReason", is("NO_TARGET_OR_FACTS"));
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").body(Map.of("reason", "需要联系举报人核实情况"))
                .post("/api/v1/cases/" + caseId + "/identity-openings").then().statusCode(422);
        ComplaintLifecycleTest.followUp(code).then().statusCode(200).body("personalDataPurged", is(true));
        List<String> actions = given().auth().oauth2(Tokens.regulator()).get("/api/v1/cases/" + caseId + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("action");
        assertEquals(List.of("RECEIVED", "FILE_ADDED", "REFUSED", "PURGED"), actions);
    }
}
