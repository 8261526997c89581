package cn.safetysupervision.contract;

import cn.safetysupervision.contract.persistence.Contract;
import cn.safetysupervision.testkit.ApiAccessCheck;
import cn.safetysupervision.testkit.BadInputCheck;
import cn.safetysupervision.testkit.IsolatedProfile;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 15: access fails closed on every operation of this service's OpenAPI (test-kit ApiAccessCheck). */
@QuarkusTest
@TestProfile(IsolatedProfile.class)  // the generated calls may change data other classes rely on
class AccessRulesTest {

    @Test
    void anAgencyTokenWithoutAUuidAgencyIdIsRefusedNotUnscoped() {
        for (Object claim : new Object[]{null, "not-a-uuid", "", "123"}) {
            given().auth().oauth2(Tokens.agencyWithClaim(claim)).get("/api/v1/contracts").then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aValidTokenOfAnAgencyThisServiceDoesNotKnowCreatesNothing() {
        TestRegistry.Agency known = TestRegistry.agencyWithStaff();
        UUID stranger = UUID.randomUUID();
        var terms = TestContracts.terms(known, false);
        given().auth().oauth2(Tokens.agency(stranger)).contentType("application/json").body(terms)
                .when().post("/api/v1/contracts").then().statusCode(403).contentType("application/problem+json");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Contract.count("agencyId", stranger)));
        TestContracts.createDraft(known, terms).then().statusCode(201);
    }

    @Test
    void everyOperationFailsClosed() {
        TestRegistry.Agency a = TestRegistry.agencyWithStaff();
        String contract = TestContracts.createDraft(a, TestContracts.terms(a, false)).then().statusCode(201)
                .extract().path("id");
        List<String> violations = ApiAccessCheck.forRunningService()
                .agencyData(Map.of("id", contract, "contractId", contract, "agencyId", a.agencyId().toString()))
                .violations();
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void badInputNeverAnswers5xx() {
        TestRegistry.Agency a = TestRegistry.agencyWithStaff();
        String contract = TestContracts.createDraft(a, TestContracts.terms(a, false)).then().statusCode(201)
                .extract().path("id");
        List<String> violations = BadInputCheck.forRunningService().asAgency(a.agencyId())
                .pathValues(Map.of("id", contract, "contractId", contract)).violations();
        assertEquals(List.of(), violations, violations.size() + " cases:\n" + String.join("\n", violations));
    }
}
