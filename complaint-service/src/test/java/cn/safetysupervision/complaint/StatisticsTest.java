package cn.safetysupervision.complaint;

import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StatisticsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void medianAndP90AreThoseOfTheCasesOfThePeriod() {
        TestWorld.Agency agency = TestWorld.agency("临沂统计时长有限公司");
        String regulator = Tokens.regulator();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String id = TestWorld.caseIdOf((String) TestWorld.submit(ComplaintLifecycleTest.complaint(agency)).get("receiptCode"));
            given().auth().oauth2(regulator).contentType("application/json").body("{}").post("/api/v1/cases/" + id + "/accept")
                    .then().statusCode(200);
            if (i <= 5) {
                given().auth().oauth2(regulator).contentType("application/json")
                        .body(Map.of("outcome", "UNSUBSTANTIATED", "summary", "经查不属实。"))
                        .post("/api/v1/cases/" + id + "/outcome").then().statusCode(200);
                given().auth().oauth2(regulator).contentType("application/json").body(Map.of("feedback", "经查不属实。"))
                        .post("/api/v1/cases/" + id + "/close").then().statusCode(200);
            }
            ids.add(id);
        }
        // Moved to March 2020, a month no other test uses: decided after i days, closed (the first five) after 10·i days.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 10; i++) {
                entityManager.createNativeQuery("update complaint_case set received_at = timestamptz '2020-03-05 02:00:00+00',"
                                + " triaged_at = timestamptz '2020-03-05 02:00:00+00' + make_interval(days => ?1),"
                                + " closed_at = case when closed_at is null then null"
                                + " else timestamptz '2020-03-05 02:00:00+00' + make_interval(days => ?2) end where id = ?3")
                        .setParameter(1, i).setParameter(2, 10 * i).setParameter(3, UUID.fromString(ids.get(i - 1))).executeUpdate();
            }
        });
        JsonPath report = given().auth().oauth2(Tokens.association()).queryParam("from", "2020-03-01").queryParam("to", "2020-04-01")
                .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(10, report.getLong("received"));
        // percentile_cont over 1..10 days: median 5.5, p90 9.1; over 10, 20, …, 50 days: median 30, p90 46.
        assertEquals(10, report.getLong("toDecision.cases"));
        assertEquals(5.5, report.getDouble("toDecision.medianDays"), 1e-9);
        assertEquals(9.1, report.getDouble("toDecision.p90Days"), 1e-9);
        assertEquals(5, report.getLong("toClosure.cases"));
        assertEquals(30.0, report.getDouble("toClosure.medianDays"), 1e-9);
        assertEquals(46.0, report.getDouble("toClosure.p90Days"), 1e-9);
        assertEquals(0.0, report.getDouble("shareSubstantiated"), 1e-9);
    }

    @Test
    void figuresByCategoryAgencyAndOutcomeWithoutPersonalData() {
        TestWorld.Agency agency = TestWorld.agency("临沂统计测试有限公司");
        Map<String, Object> withIdentity = ComplaintLifecycleTest.complaint(agency);
        withIdentity.put("identity", Map.of("name", "统计标记人", "phone", "13700000001", "consentToContact", true));
        String a = TestWorld.caseIdOf((String) TestWorld.submit(withIdentity).get("receiptCode"));
        String b = TestWorld.caseIdOf((String) TestWorld.submit(ComplaintLifecycleTest.complaint(agency)).get("receiptCode"));
        String regulator = Tokens.regulator();
        for (String id : List.of(a, b)) {
            given().auth().oauth2(regulator).contentType("application/json").body("{}").post("/api/v1/cases/" + id + "/accept")
                    .then().statusCode(200);
        }
        given().auth().oauth2(regulator).contentType("application/json")
                .body(Map.of("outcome", "SUBSTANTIATED", "ruleId", "ART14-7", "summary", "经查属实。"))
                .post("/api/v1/cases/" + a + "/outcome").then().statusCode(200);
        given().auth().oauth2(regulator).contentType("application/json")
                .body(Map.of("outcome", "UNSUBSTANTIATED", "summary", "经查不属实。"))
                .post("/api/v1/cases/" + b + "/outcome").then().statusCode(200);

        JsonPath report = given().auth().oauth2(Tokens.association()).get("/api/v1/statistics").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> mine = report.getMap("byAgency.find { it.key == '" + agency.id() + "' }");
        assertEquals(2, ((Number) mine.get("count")).intValue());
        assertEquals(agency.name(), mine.get("label"));
        assertTrue(report.getLong("received") >= 2);
        assertNotNull(report.get("toDecision.medianDays"));
        assertNotNull(report.get("shareSubstantiated"));
        double share = report.getDouble("shareSubstantiated");
        assertTrue(share > 0 && share < 1, "share between 0 and 1: " + share);

        String csv = given().auth().oauth2(Tokens.association()).get("/api/v1/statistics/csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asString();
        assertTrue(csv.contains("agency,\"" + agency.id() + "\",\"" + agency.name() + "\",2"), csv);
        assertTrue(csv.contains("share,substantiated,属实比例,"));
        assertFalse(csv.contains("统计标记人") || csv.contains("13700000001") || report.prettify().contains("13700000001"));
        given().auth().oauth2(Tokens.agency(agency.id())).get("/api/v1/statistics").then().statusCode(403);
    }
}
