package cn.safetysupervision.compliance;

import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Manual findings and the life cycle open → acknowledged → resolved/dismissed → referred, with events and access. */
@QuarkusTest
class FindingLifecycleTest {

    static String manualFinding(UUID agencyId, String ruleId) {
        return """
                {"agencyId":"%s","subjectType":"AGENCY","ruleId":"%s","description":"检查发现报告引用已废止标准",
                 "evidenceReferences":["临应急检〔2026〕12号 检查记录"],"facts":{"report":"LY-2026-001"}}"""
                .formatted(agencyId, ruleId);
    }

    static ExtractableResponse<Response> record(String token, UUID agencyId, String ruleId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(manualFinding(agencyId, ruleId))
                .when().post("/api/v1/findings").then().extract();
    }

    @Test
    void theCatalogListsEveryRuleWithItsParameters() {
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).when().get("/api/v1/rules")
                .then().statusCode(200)
                .body("id", hasItems("ART14-1", "ART14-6", "ART14-9", "ART14-11", "ART14-15", "ART14-16",
                        "ART17-1", "ART17-2", "ART17-3", "ART17-5"))
                .body("find { it.id == 'ART14-6' }.titleZh", equalTo("出具虚假或者重大疏漏的安全技术服务报告"))
                .body("find { it.id == 'ART14-6' }.automatic", equalTo(false))
                .body("find { it.id == 'ART14-6' }.version", equalTo(1))
                .body("id", hasItems("ART14-2", "ART14-3", "ART14-4", "ART14-5", "ART14-7", "ART14-8", "ART14-10",
                        "ART14-12", "ART14-13", "ART14-14", "ART9-1", "ART9-2", "ART10-1", "ART15-1", "ART15-2",
                        "ART15-3", "ART16-1", "ART17-4", "STAFFING-1", "QUAL-OPEN-1"))
                .body("find { it.id == 'ART16-1' }.automatic", equalTo(true))
                .body("find { it.id == 'ART16-1' }.parameters.underpricingRatio", equalTo(0.7f))
                .body("find { it.id == 'ART17-4' }.parameters.nearDuplicateThreshold", equalTo(0.8f))
                .body("find { it.id == 'ART17-4' }.parameters.shingleSize", equalTo(3));
        given().when().get("/api/v1/rules").then().statusCode(401);
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/rules/NOPE-1").then().statusCode(404);
    }

    @Test
    void aManualFindingGoesThroughItsLifeCycleWithEvents() {
        UUID agencyId = TestAgencies.registered("生命周期机构");
        var created = record(Tokens.association(), agencyId, "ART14-1");
        assertEquals(201, created.statusCode(), created.asString());
        String findingId = created.path("id");
        assertEquals("OPEN", created.path("status"));
        assertEquals("MANUAL", created.path("origin"));
        assertEquals("association-officer", created.path("flaggedBy"));

        ReceivedEvent flagged = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.FINDING_TOPIC.name(),
                ComplianceEvents.VIOLATION_FLAGGED_V1.type(), findingId);
        assertEquals("ART14-1", flagged.data().get("ruleId").asText());
        assertEquals(agencyId.toString(), flagged.data().get("agencyId").asText());
        assertEquals("MAJOR", flagged.data().get("severity").asText());

        // Same rule, same subject, still open: one finding, not two.
        var again = record(Tokens.regulator(), agencyId, "ART14-1");
        assertEquals(409, again.statusCode());
        assertEquals(findingId, again.path("openFindingId"));

        // Another agency cannot see it; the agency itself can, and acknowledges it.
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).when().get("/api/v1/findings/" + findingId)
                .then().statusCode(404);
        String etag = given().auth().oauth2(Tokens.agency(agencyId)).when().get("/api/v1/findings/" + findingId)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.agency(agencyId)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/findings/" + findingId + "/acknowledgement").then().statusCode(428);
        etag = given().auth().oauth2(Tokens.agency(agencyId)).header("If-Match", etag).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/findings/" + findingId + "/acknowledgement")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo("agency-" + agencyId)).extract().header("ETag");

        // The agency cannot resolve its own finding; a supervisor can, with the current ETag only.
        given().auth().oauth2(Tokens.agency(agencyId)).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"note\":\"已整改\"}").when().post("/api/v1/findings/" + findingId + "/resolution")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"note\":\"已整改\"}").when().post("/api/v1/findings/" + findingId + "/resolution")
                .then().statusCode(412);
        etag = given().auth().oauth2(Tokens.regulator()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"note\":\"已整改并复查\"}").when().post("/api/v1/findings/" + findingId + "/resolution")
                .then().statusCode(200).body("status", equalTo("RESOLVED")).extract().header("ETag");
        ReceivedEvent resolved = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.FINDING_TOPIC.name(),
                ComplianceEvents.FINDING_RESOLVED_V1.type(), findingId);
        assertEquals("已整改并复查", resolved.data().get("note").asText());

        // A resolved finding cannot be dismissed, but it can be referred (Art. 19) with the referral record.
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"reason\":\"误报\"}").when().post("/api/v1/findings/" + findingId + "/dismissal")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"authority\":\"临沂市公安局\",\"referenceNumber\":\"临应急移〔2026〕3号\",\"referredOn\":\"2026-11-20\",\"note\":\"涉嫌提供虚假证明文件\"}")
                .when().post("/api/v1/findings/" + findingId + "/referral")
                .then().statusCode(200).body("status", equalTo("REFERRED"))
                .body("referralAuthority", equalTo("临沂市公安局")).body("referralDate", equalTo("2026-11-20"));
        ReceivedEvent referred = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.FINDING_TOPIC.name(),
                ComplianceEvents.FINDING_REFERRED_V1.type(), findingId);
        assertEquals("临应急移〔2026〕3号", referred.data().get("referenceNumber").asText());

        // Once it is no longer open, the same rule may open a new finding on the subject.
        assertEquals(201, record(Tokens.regulator(), agencyId, "ART14-1").statusCode());
    }

    @Test
    void aDismissalNeedsAReasonAndIsPublished() {
        UUID agencyId = TestAgencies.registered("撤销机构");
        var created = record(Tokens.regulator(), agencyId, "ART17-2");
        String findingId = created.path("id");
        String etag = created.header("ETag");
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"reason\":\" \"}").when().post("/api/v1/findings/" + findingId + "/dismissal")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"reason\":\"宣传材料系他人冒用\"}").when().post("/api/v1/findings/" + findingId + "/dismissal")
                .then().statusCode(200).body("status", equalTo("DISMISSED")).body("dismissalReason", equalTo("宣传材料系他人冒用"));
        EventProbe.onTestBroker().awaitEvent(ComplianceEvents.FINDING_TOPIC.name(),
                ComplianceEvents.FINDING_DISMISSED_V1.type(), findingId);
    }

    @Test
    void badManualFindingsAreProblemsAndStoreNothing() {
        UUID agencyId = TestAgencies.registered("坏请求机构");
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(manualFinding(agencyId, "NOPE-9")).when().post("/api/v1/findings")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(manualFinding(UUID.randomUUID(), "ART14-1")).when().post("/api/v1/findings")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body("{\"agencyId\":\"%s\",\"subjectType\":\"AGENCY\",\"ruleId\":\"ART14-1\",\"evidenceReferences\":[]}".formatted(agencyId))
                .when().post("/api/v1/findings").then().statusCode(400);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(manualFinding(agencyId, "ART14-1").replace("\"AGENCY\"", "\"CONTRACT\""))
                .when().post("/api/v1/findings").then().statusCode(400);
        given().auth().oauth2(Tokens.agency(agencyId)).contentType(ContentType.JSON)
                .body(manualFinding(agencyId, "ART14-1")).when().post("/api/v1/findings").then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).queryParam("agencyId", agencyId).when().get("/api/v1/findings")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anIdempotencyKeyMakesARetryReplayTheFirstAnswer() {
        UUID agencyId = TestAgencies.registered("幂等机构");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(Tokens.regulator()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(manualFinding(agencyId, "ART14-11")).when().post("/api/v1/findings")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.regulator()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(manualFinding(agencyId, "ART14-11")).when().post("/api/v1/findings")
                .then().statusCode(201).body("id", equalTo(first));
    }

    @Test
    void findingsAreSearchableAndAnAgencySeesOnlyItsOwn() {
        UUID one = TestAgencies.registered("检索一");
        UUID two = TestAgencies.registered("检索二");
        record(Tokens.regulator(), one, "ART14-16");
        record(Tokens.regulator(), one, "ART17-1");
        record(Tokens.regulator(), two, "ART14-16");

        given().auth().oauth2(Tokens.association()).queryParam("agencyId", one).queryParam("status", "OPEN")
                .when().get("/api/v1/findings").then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(Tokens.association()).queryParam("agencyId", one).queryParam("ruleId", "ART14-16")
                .when().get("/api/v1/findings").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].agencyId", equalTo(one.toString()));
        given().auth().oauth2(Tokens.association()).queryParam("agencyId", one).queryParam("to", "2020-01-01T00:00:00Z")
                .when().get("/api/v1/findings").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.association()).queryParam("agencyId", one).queryParam("size", 1)
                .when().get("/api/v1/findings").then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(2));
        given().auth().oauth2(Tokens.association()).queryParam("size", 5000).when().get("/api/v1/findings")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.association()).queryParam("status", "BOGUS").when().get("/api/v1/findings")
                .then().statusCode(400);
        // An agency's list is its own, whatever it asks for.
        given().auth().oauth2(Tokens.agency(two)).when().get("/api/v1/findings")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].agencyId", equalTo(two.toString()));
        given().auth().oauth2(Tokens.agency(two)).queryParam("agencyId", one).when().get("/api/v1/findings")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + one + "/compliance-summary")
                .then().statusCode(200).body("openFindings", equalTo(2)).body("name", equalTo("检索一"))
                .body("creditGrade", notNullValue());
    }
}
