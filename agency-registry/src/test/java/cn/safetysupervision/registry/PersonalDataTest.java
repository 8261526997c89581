package cn.safetysupervision.registry;

import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 15: the full 身份证 number is in no stored idempotent answer and in no problem response. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    EntityManager em;

    @Test
    void theStoredIdempotentAnswerAndItsReplayShowTheNumberMasked() {
        String id = Fixtures.idNumber();
        String key = UUID.randomUUID().toString();
        String masked = id.substring(0, 4) + "**********" + id.substring(14);
        Map<String, String> body = Map.of("name", "孙立", "idNumber", id, "phone", "13812345678");
        given().auth().oauth2(Tokens.regulator()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/practitioners").then().statusCode(201).body("idNumber", equalTo(id));
        List<?> stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select response_body from idempotent_request where idempotency_key = ?1").setParameter(1, key).getResultList());
        assertEquals(1, stored.size());
        String row = String.valueOf(stored.get(0));
        assertFalse(row.contains(id), "stored answer holds the 身份证 number: " + row);
        assertFalse(row.contains("13812345678"), "stored answer holds the phone number: " + row);
        given().auth().oauth2(Tokens.regulator()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/practitioners").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("idNumber", equalTo(masked));
    }

    @Test
    void aProblemResponseNeverQuotesTheNumber() {
        String id = Fixtures.idNumber();
        String digits = id.substring(0, 17);
        String answer = given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body("{\"name\":\"孙立\",\"idNumber\":" + digits + "}")
                .when().post("/api/v1/practitioners").then().statusCode(400).contentType("application/problem+json")
                .extract().asString();
        assertFalse(answer.contains(digits), answer);
        String query = given().auth().oauth2(Tokens.regulator()).queryParam("idNumber", digits + "Z")
                .when().get("/api/v1/practitioners").then().statusCode(400).extract().asString();
        assertFalse(query.contains(digits), query);
    }
}
