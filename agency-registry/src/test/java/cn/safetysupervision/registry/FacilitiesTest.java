package cn.safetysupervision.registry;

import cn.safetysupervision.registry.persistence.Equipment;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class FacilitiesTest {

    @Test
    void equipmentAndDocumentsAreKeptPerAgencyAndHiddenFromOthers() {
        String agency = Fixtures.agency("设备检测有限公司");
        String other = Fixtures.agency("设备旁观有限公司");
        String base = "/api/v1/agencies/" + agency + "/facilities";
        String token = Tokens.agency(UUID.fromString(agency));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "气体检测仪", "model", "GX-2012", "calibrationValidTo", Fixtures.today().minusDays(1).toString()))
                .when().post(base + "/equipment").then().statusCode(201).body("calibrationCurrent", equalTo(false));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("model", "无名称"))
                .when().post(base + "/equipment").then().statusCode(400).body("errors.field", hasItem("name"));
        long stored = QuarkusTransaction.requiringNew().call(() -> Equipment.count("agencyId", UUID.fromString(agency)));
        assertEquals(1, stored);
        given().auth().oauth2(Tokens.regulator()).get(base + "/equipment").then().body("$", hasSize(1));
        given().auth().oauth2(Tokens.agency(UUID.fromString(other))).get(base + "/equipment").then().statusCode(404);

        Map<String, Object> doc = Map.of("title", "质量手册", "version", "A/1", "effectiveOn", "2025-01-01");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(doc).when().post(base + "/management-documents")
                .then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(doc).when().post(base + "/management-documents")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.agency(UUID.fromString(other))).contentType(ContentType.JSON).body(doc)
                .when().post(base + "/management-documents").then().statusCode(404);
        given().auth().oauth2(Tokens.association()).get(base + "/management-documents").then()
                .body("$", hasSize(1)).body("[0].version", equalTo("A/1"));
    }
}
