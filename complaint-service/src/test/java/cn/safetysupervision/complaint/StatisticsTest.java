package cn.safetysupervision.complaint;

import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StatisticsTest {

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
