package cn.safetysupervision.registry;

import cn.safetysupervision.testkit.ApiAccessCheck;
import cn.safetysupervision.testkit.BadInputCheck;
import cn.safetysupervision.testkit.IsolatedProfile;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 15: access fails closed and bad input never reaches a 500, on every operation of this service's OpenAPI. */
@QuarkusTest
@TestProfile(IsolatedProfile.class)  // the generated calls may change data other classes rely on
class RegistryAccessRulesTest {

    @Test
    void aValidTokenOfAnUnknownAgencyRegistersNoPractitioner() {
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("name", "王五", "idNumber", Fixtures.idNumber()))
                .when().post("/api/v1/practitioners").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void everyOperationFailsClosed() {
        String a = Fixtures.agency("访问规则甲评价有限公司");
        List<String> violations = ApiAccessCheck.forRunningService()
                .agencyData(Map.of("id", a, "agencyId", a)).violations();
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void badInputNeverAnswers5xx() {
        String a = Fixtures.agency("坏输入甲评价有限公司");
        List<String> violations = BadInputCheck.forRunningService().asAgency(UUID.fromString(a))
                .pathValues(Map.of("agencyId", a)).violations();
        assertEquals(List.of(), violations, violations.size() + " cases:\n" + String.join("\n", violations));
    }
}
