package cn.safetysupervision.compliance;

import cn.safetysupervision.testkit.ApiAccessCheck;
import cn.safetysupervision.testkit.BadInputCheck;
import cn.safetysupervision.testkit.IsolatedProfile;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 15: access fails closed and bad input never reaches a 500, on every operation of this service's OpenAPI. */
@QuarkusTest
@TestProfile(IsolatedProfile.class)  // the generated calls may change data other classes rely on
class ComplianceAccessRulesTest {

    @Test
    void theCreditOfAnAgencyThisServiceDoesNotKnowIsNotFoundNotBlue() {
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + UUID.randomUUID() + "/credit")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyOperationFailsClosed() {
        UUID a = TestAgencies.registered("访问规则甲评价有限公司");
        List<String> violations = ApiAccessCheck.forRunningService()
                .skip("POST /api/v1/admin/projection-rebuild")  // a regulator's rebuild; its own test covers it
                .agencyData(Map.of("agencyId", a.toString())).violations();
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void badInputNeverAnswers5xx() {
        UUID a = TestAgencies.registered("坏输入甲评价有限公司");
        List<String> violations = BadInputCheck.forRunningService().asAgency(a)
                .skip("POST /api/v1/admin/projection-rebuild")
                .pathValues(Map.of("agencyId", a.toString())).violations();
        assertEquals(List.of(), violations, violations.size() + " cases:\n" + String.join("\n", violations));
    }
}
