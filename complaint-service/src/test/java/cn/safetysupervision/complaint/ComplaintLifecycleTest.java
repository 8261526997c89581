package cn.safetysupervision.complaint;

import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ComplaintLifecycleTest {

    private static final String TOPIC = ComplaintEvents.CASE_TOPIC.name();
    private static final String DESCRIPTION = "该机构的评价报告中现场照片系从其他项目复制，评价人员未到现场。";

    static Map<String, Object> complaint(TestWorld.Agency agency) {
        Map<String, Object> c = new HashMap<>();
        c.put("agencyId", agency.id().toString());
        c.put("category", "ART14_7");
        c.put("description", DESCRIPTION);
        c.put("occurredOn", "2026-11-20");
        c.put("occurredPlace", "临沂市河东区某化工企业");
        return c;
    }

    @Test
    void anonymousComplaintFromIntakeToSubstantiatedOutcomeSeenWithTheCode() {
        TestWorld.Agency agency = TestWorld.agency("临沂诚信安全评价有限公司");

        // The reporter finds the agency by its credit code and by part of its name.
        given().queryParam("q", agency.creditCode()).get("/api/v1/public/agencies")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(agency.id().toString()));
        given().queryParam("q", "诚信安全").get("/api/v1/public/agencies")
                .then().statusCode(200).body("name", org.hamcrest.Matchers.hasItem(agency.name()));

        Map<String, Object> receipt = TestWorld.submit(complaint(agency));
        String code = (String) receipt.get("receiptCode");
        assertTrue(code.matches("[0-9]{16}"), "16 digits");
        assertEquals("RECEIVED", receipt.get("status"));
        assertTrue(receipt.toString().contains("0539-12345") && receipt.toString().contains("0539-8391308"), "hotlines shown");
        assertTrue(((List<?>) receipt.get("clocks")).size() >= 3, "clocks in words");
        String caseId = TestWorld.caseIdOf(code);

        ReceivedEvent received = EventProbe.onTestBroker().awaitEvent(TOPIC, ComplaintEvents.RECEIVED_V1.type(), caseId);
        assertEquals(agency.id().toString(), received.data().get("agencyId").asText());
        assertEquals("ART14_7", received.data().get("category").asText());
        assertFalse(received.data().toString().contains("复制"), "no content in the event");

        // Two codes never repeat (and the code is not derivable from the case id).
        String second = (String) TestWorld.submit(complaint(agency)).get("receiptCode");
        assertNotEquals(code, second);

        // Follow-up with the code: the triage queue status.
        followUp(code).then().statusCode(200).body("status", org.hamcrest.Matchers.is("RECEIVED"))
                .body("identityOpenings", org.hamcrest.Matchers.is(0));

        // Triage: the handler sees the queue and the similar open complaint about the same agency.
        given().auth().oauth2(Tokens.association()).get("/api/v1/cases")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(caseId));
        JsonPath detail = given().auth().oauth2(Tokens.association()).get("/api/v1/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(DESCRIPTION, detail.getString("description"));
        assertEquals(1, detail.getList("similarOpen").size(), "the second complaint about the same agency is shown");
        assertTrue(detail.getBoolean("anonymous"));

        given().auth().oauth2(Tokens.association()).contentType("application/json").body("{}")
                .post("/api/v1/cases/" + caseId + "/accept").then().statusCode(200).body("status", org.hamcrest.Matchers.is("ACCEPTED"));
        given().auth().oauth2(Tokens.association()).contentType("application/json").body("{}")
                .post("/api/v1/cases/" + caseId + "/accept").then().statusCode(409);
        EventProbe.onTestBroker().awaitEvent(TOPIC, ComplaintEvents.ACCEPTED_V1.type(), caseId);

        // Extension once, with a reason the reporter sees.
        String reason = "需调取项目现场影像资料并询问企业人员";
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").body(Map.of("reason", reason))
                .post("/api/v1/cases/" + caseId + "/extension").then().statusCode(200);
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").body(Map.of("reason", reason))
                .post("/api/v1/cases/" + caseId + "/extension").then().statusCode(409);
        followUp(code).then().statusCode(200).body("extensionReason", org.hamcrest.Matchers.is(reason));

        // Statement: the agency sees only the handler's version.
        String version = "有群众反映贵单位某评价项目人员未到现场，请说明该项目现场勘查的人员与时间，并提供相关记录。";
        String statementId = given().auth().oauth2(Tokens.association()).contentType("application/json")
                .body(Map.of("agencyVersion", version)).post("/api/v1/cases/" + caseId + "/statement-requests")
                .then().statusCode(200).extract().path("id");
        EventProbe.onTestBroker().awaitEvent(TOPIC, ComplaintEvents.STATEMENT_REQUESTED_V1.type(), caseId);
        String agencyView = given().auth().oauth2(Tokens.agency(agency.id())).get("/api/v1/agency/statement-requests")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].agencyVersion", org.hamcrest.Matchers.is(version))
                .extract().asString();
        assertFalse(agencyView.contains("复制"), "the reporter's own text is not shown to the agency");
        assertFalse(agencyView.contains(caseId), "nor the case id");
        // Another agency sees nothing of it.
        given().auth().oauth2(Tokens.agency(java.util.UUID.randomUUID())).get("/api/v1/agency/statement-requests/" + statementId)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.agency(agency.id())).get("/api/v1/cases/" + caseId).then().statusCode(403);
        given().auth().oauth2(Tokens.agency(agency.id())).contentType("application/json")
                .body(Map.of("answer", "该项目于11月18日由张工、李工到现场勘查，附签到表。"))
                .post("/api/v1/agency/statement-requests/" + statementId + "/answer").then().statusCode(200);
        given().auth().oauth2(Tokens.association()).get("/api/v1/cases/" + caseId)
                .then().statusCode(200).body("statements[0].answer", containsString("签到表"));

        // Substantiated under the rule the handler chose.
        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("outcome", "SUBSTANTIATED", "summary", "经核查，该项目评价人员未到现场，照片系复用。"))
                .post("/api/v1/cases/" + caseId + "/outcome").then().statusCode(400).body("detail", containsString("ruleId"));
        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("outcome", "SUBSTANTIATED", "ruleId", "ART14-7", "summary", "经核查，该项目评价人员未到现场，现场照片系复用其他项目。"))
                .post("/api/v1/cases/" + caseId + "/outcome").then().statusCode(200).body("status", org.hamcrest.Matchers.is("DECIDED"));
        ReceivedEvent substantiated = EventProbe.onTestBroker().awaitEvent(TOPIC, ComplaintEvents.SUBSTANTIATED_V1.type(), caseId);
        assertEquals("ART14-7", substantiated.data().get("ruleId").asText());
        assertEquals(agency.id().toString(), substantiated.data().get("agencyId").asText());

        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("feedback", "您反映的问题经查属实，已依法处理，感谢您的监督。"))
                .post("/api/v1/cases/" + caseId + "/close").then().statusCode(200).body("status", org.hamcrest.Matchers.is("CLOSED"));
        EventProbe.onTestBroker().awaitEvent(TOPIC, ComplaintEvents.CLOSED_V1.type(), caseId);

        // The reporter sees the outcome and the feedback with the code.
        followUp(code).then().statusCode(200).body("status", org.hamcrest.Matchers.is("CLOSED"))
                .body("outcome", org.hamcrest.Matchers.is("SUBSTANTIATED")).body("outcomeLabel", org.hamcrest.Matchers.is("举报属实"))
                .body("messages.body", org.hamcrest.Matchers.hasItem(containsString("经查属实")))
                .body(not(containsString("签到表")));

        // The audit trail has every step, without content.
        List<String> actions = given().auth().oauth2(Tokens.regulator()).get("/api/v1/cases/" + caseId + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("action");
        assertEquals(List.of("RECEIVED", "ACCEPTED", "EXTENDED", "STATEMENT_REQUESTED", "STATEMENT_GIVEN", "DECIDED", "CLOSED"), actions);
    }

    @Test
    void refusalsNeedTheirReasonAndTheReporterSeesWhomToTurnTo() {
        TestWorld.Agency agency = TestWorld.agency("临沂示例检测有限公司");
        String first = (String) TestWorld.submit(complaint(agency)).get("receiptCode");
        String code = (String) TestWorld.submit(complaint(agency)).get("receiptCode");
        String caseId = TestWorld.caseIdOf(code);
        given().auth().oauth2(Tokens.association()).contentType("application/json")
                .body(Map.of("reason", "DUPLICATE", "messageToReporter", "与已受理的举报重复，将合并办理。"))
                .post("/api/v1/cases/" + caseId + "/refuse").then().statusCode(400).body("detail", containsString("duplicateOf"));
        given().auth().oauth2(Tokens.association()).contentType("application/json")
                .body(Map.of("reason", "OUT_OF_COMPETENCE", "messageToReporter", "请向有关部门反映。"))
                .post("/api/v1/cases/" + caseId + "/refuse").then().statusCode(400).body("detail", containsString("competentAuthority"));
        given().auth().oauth2(Tokens.association()).contentType("application/json")
                .body(Map.of("reason", "OUT_OF_COMPETENCE", "competentAuthority", "临沂市市场监督管理局",
                        "messageToReporter", "该问题属于市场监管部门职责，请向其反映。"))
                .post("/api/v1/cases/" + caseId + "/refuse").then().statusCode(200).body("status", org.hamcrest.Matchers.is("REFUSED"));
        ReceivedEvent refused = EventProbe.onTestBroker().awaitEvent(TOPIC, ComplaintEvents.REFUSED_V1.type(), caseId);
        assertEquals("OUT_OF_COMPETENCE", refused.data().get("reason").asText());
        followUp(code).then().statusCode(200).body("status", org.hamcrest.Matchers.is("REFUSED"))
                .body("competentAuthority", org.hamcrest.Matchers.is("临沂市市场监督管理局"))
                .body("refusalLabel", org.hamcrest.Matchers.is("不属于本部门职责范围"));
        given().contentType("application/json").body(Map.of("receiptCode", code, "body", "补充一下"))
                .post("/api/v1/public/follow-up/messages").then().statusCode(409);
        followUp(first).then().statusCode(200);
    }

    @Test
    void referralToTheJudicialAuthoritiesKeepsTheReferralRecord() {
        TestWorld.Agency agency = TestWorld.agency("临沂移送测试技术服务有限公司");
        String code = (String) TestWorld.submit(complaint(agency)).get("receiptCode");
        String caseId = TestWorld.caseIdOf(code);
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").body("{}")
                .post("/api/v1/cases/" + caseId + "/accept").then().statusCode(200);
        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("outcome", "REFERRED", "summary", "涉嫌提供虚假证明文件罪"))
                .post("/api/v1/cases/" + caseId + "/outcome").then().statusCode(400).body("detail", containsString("referral"));
        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("outcome", "REFERRED", "summary", "涉嫌提供虚假证明文件罪",
                        "referral", Map.of("authority", "临沂市公安局", "referenceNumber", "临应急移〔2026〕3号", "referredOn", "2026-11-30")))
                .post("/api/v1/cases/" + caseId + "/outcome").then().statusCode(200)
                .body("referralNumber", org.hamcrest.Matchers.is("临应急移〔2026〕3号"));
        ReceivedEvent referred = EventProbe.onTestBroker().awaitEvent(TOPIC, ComplaintEvents.REFERRED_V1.type(), caseId);
        assertEquals("临沂市公安局", referred.data().get("authority").asText());
        assertNull(referred.data().get("summary"), "no content beyond the referral record");
    }

    static io.restassured.response.Response followUp(String code) {
        return given().contentType("application/json").body(Map.of("receiptCode", code)).post("/api/v1/public/follow-up");
    }
}
