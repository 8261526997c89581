package cn.safetysupervision.registry;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.registry.persistence.Commitment;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class FormsTest {

    @Test
    void basicInfoCountsStaffFromLiveDataAsJsonAndAsAPrintablePage() {
        String agency = Fixtures.agency("附件一评价有限公司");
        String number = Fixtures.certificateNumber();
        Fixtures.grant(agency, number, Fixtures.today().plusYears(2)).statusCode(201);
        String token = Tokens.agency(UUID.fromString(agency));
        String assessor = Fixtures.practitioner("冯一", Fixtures.idNumber());
        Fixtures.credential(assessor, "SAFETY_ASSESSOR", "FIRST", Fixtures.today().plusYears(1));
        Fixtures.credential(assessor, "PROFESSIONAL_TITLE", "SENIOR", null);
        Fixtures.employ(token, agency, assessor, "FULL_TIME", Fixtures.today()).statusCode(201);
        String engineer = Fixtures.practitioner("冯二", Fixtures.idNumber());
        Fixtures.credential(engineer, "REGISTERED_SAFETY_ENGINEER", "NONE", Fixtures.today().plusYears(1));
        Fixtures.employ(token, agency, engineer, "PART_TIME", Fixtures.today()).statusCode(201);
        // an expired credential does not count
        String lapsed = Fixtures.practitioner("冯三", Fixtures.idNumber());
        Fixtures.credential(lapsed, "SAFETY_ASSESSOR", "THIRD", Fixtures.today().minusDays(1));
        Fixtures.employ(token, agency, lapsed, "FULL_TIME", Fixtures.today()).statusCode(201);

        given().auth().oauth2(token).accept(ContentType.JSON).get("/api/v1/agencies/" + agency + "/forms/basic-info")
                .then().statusCode(200)
                .body("agencyName", equalTo("附件一评价有限公司"))
                .body("safetyAssessors", equalTo(1))
                .body("registeredSafetyEngineers", equalTo(1))
                .body("intermediateOrHigherTitles", equalTo(1))
                .body("certificates", hasSize(1)).body("certificates[0].certificateNumber", equalTo(number))
                .body("businessScope[0]", equalTo("评价（危险化学品）"));
        String html = given().auth().oauth2(token).accept("text/html").get("/api/v1/agencies/" + agency + "/forms/basic-info")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("安全生产技术服务机构基本情况表"));
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("1、安全评价师人数：1人"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(number));
    }

    @Test
    void theSignedCommitmentIsRecordedPublishedAndPrintable() {
        String agency = Fixtures.agency("附件二检测有限公司");
        String sha = "ab".repeat(32);
        given().auth().oauth2(Tokens.agency(UUID.fromString(agency))).get("/api/v1/agencies/" + agency + "/commitments/latest")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.agency(UUID.fromString(agency))).contentType(ContentType.JSON)
                .body(Map.of("signatory", "王建国", "signatoryTitle", "总经理", "signedOn", Fixtures.today().toString(), "documentSha256", sha))
                .when().post("/api/v1/agencies/" + agency + "/commitments").then().statusCode(201)
                .body("commitments", hasSize(9)).body("documentSha256", equalTo(sha));
        ReceivedEvent signed = EventProbe.onTestBroker().awaitEvent(RegistryEvents.AGENCY_TOPIC.name(),
                RegistryEvents.AGENCY_COMMITMENT_SIGNED_V1.type(), agency);
        assertEquals("王建国", signed.data().get("signatory").asText());
        String html = given().auth().oauth2(Tokens.regulator()).accept("text/html")
                .get("/api/v1/agencies/" + agency + "/commitments/latest").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("执业承诺书") && html.contains("九、自觉接受有关部门监管和社会监督。"));

        // bad input: not a hash, future date — nothing stored
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("signatory", "王建国", "signedOn", Fixtures.today().plusDays(2).toString(), "documentSha256", sha))
                .when().post("/api/v1/agencies/" + agency + "/commitments").then().statusCode(400);
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("signatory", "王建国", "signedOn", Fixtures.today().toString(), "documentSha256", "xyz"))
                .when().post("/api/v1/agencies/" + agency + "/commitments").then().statusCode(400);
        long stored = QuarkusTransaction.requiringNew().call(() -> Commitment.count("agencyId", UUID.fromString(agency)));
        assertEquals(1, stored);
    }
}
