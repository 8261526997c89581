package cn.safetysupervision.registry;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.registry.persistence.AgencyChange;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AgencyLifecycleTest {

    private static final String AGENCIES = "/api/v1/agencies/";

    private static Map<String, Object> updated(String id, String name, String contact) {
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.agencyBody("x", name));
        body.remove("creditCode");
        body.put("contactPerson", contact);
        return body;
    }

    private static String etag(String id) {
        return given().auth().oauth2(Tokens.association()).get(AGENCIES + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aNameChangeIsKeptInTheHistoryAndOpensAFilingThatFilingCloses() {
        String id = Fixtures.agency("临沂一号评价有限公司");
        given().auth().oauth2(Tokens.agency(UUID.fromString(id))).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(updated(id, "临沂一号安全评价有限公司", "李娜"))
                .when().put(AGENCIES + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("临沂一号安全评价有限公司"));

        ReceivedEvent changed = EventProbe.onTestBroker().awaitEvent(RegistryEvents.AGENCY_TOPIC.name(),
                RegistryEvents.AGENCY_CHANGED_V1.type(), id);
        assertTrue(changed.data().get("filingRequired").asBoolean());
        assertEquals("name", changed.data().get("changes").get(0).get("field").asText());
        assertEquals("临沂一号评价有限公司", changed.data().get("changes").get(0).get("before").asText());
        assertEquals(Fixtures.today().plusDays(30).toString(), changed.data().get("filingDueOn").asText());

        given().auth().oauth2(Tokens.regulator()).get(AGENCIES + id + "/changes").then().statusCode(200)
                .body("items.field", hasItem("name")).body("items[0].after", equalTo("临沂一号安全评价有限公司"));
        String filingId = given().auth().oauth2(Tokens.regulator()).get(AGENCIES + id + "/change-filings").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].open", equalTo(true)).extract().path("[0].id");

        // issue 14: the agency's submission does not close the filing; a regulator's receipt with its date does
        given().auth().oauth2(Tokens.agency(UUID.fromString(id))).contentType(ContentType.JSON)
                .body(Map.of("filedOn", Fixtures.today().toString(), "filingReference", "鲁应急备〔2026〕1号"))
                .when().post(AGENCIES + id + "/change-filings/" + filingId + "/filing").then().statusCode(200)
                .body("open", equalTo(true)).body("submittedOn", equalTo(Fixtures.today().toString()))
                .body("filedOn", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("filedOn", Fixtures.today().toString()))
                .when().post(AGENCIES + id + "/change-filings/" + filingId + "/filing").then().statusCode(200)
                .body("open", equalTo(false)).body("overdue", equalTo(false))
                .body("filedOn", equalTo(Fixtures.today().toString())).body("filingReference", equalTo("鲁应急备〔2026〕1号"));
        ReceivedEvent filed = EventProbe.onTestBroker().awaitEvent(RegistryEvents.AGENCY_TOPIC.name(),
                RegistryEvents.AGENCY_CHANGE_FILED_V1.type(), id);
        assertFalse(filed.data().get("filedLate").asBoolean());
        assertEquals(filingId, filed.data().get("filingId").asText());

        // filing the same change twice is refused
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(Map.of("filedOn", Fixtures.today().toString()))
                .when().post(AGENCIES + id + "/change-filings/" + filingId + "/filing").then().statusCode(409);
    }

    @Test
    void aContactChangeNeedsNoFiling() {
        String id = Fixtures.agency("临沂二号检测有限公司");
        given().auth().oauth2(Tokens.association()).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(updated(id, "临沂二号检测有限公司", "张伟"))
                .when().put(AGENCIES + id).then().statusCode(200);
        ReceivedEvent changed = EventProbe.onTestBroker().awaitEvent(RegistryEvents.AGENCY_TOPIC.name(),
                RegistryEvents.AGENCY_CHANGED_V1.type(), id);
        assertFalse(changed.data().get("filingRequired").asBoolean());
        given().auth().oauth2(Tokens.regulator()).get(AGENCIES + id + "/change-filings").then().body("$", hasSize(0));
    }

    @Test
    void updatesNeedACurrentIfMatchAndValidInput() {
        String id = Fixtures.agency("临沂三号咨询有限公司");
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(updated(id, "新名称", "张伟"))
                .when().put(AGENCIES + id).then().statusCode(428);
        given().auth().oauth2(Tokens.association()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(updated(id, "新名称", "张伟")).when().put(AGENCIES + id).then().statusCode(412);
        Map<String, Object> bad = updated(id, "新名称", "张伟");
        bad.put("postcode", "27600");
        bad.put("email", "not-an-email");
        given().auth().oauth2(Tokens.association()).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(bad).when().put(AGENCIES + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("postcode")).body("errors.field", hasItem("email"));
        given().auth().oauth2(Tokens.association()).get(AGENCIES + id).then().body("name", equalTo("临沂三号咨询有限公司"));
        long history = QuarkusTransaction.requiringNew().call(() -> AgencyChange.count("agencyId", UUID.fromString(id)));
        assertEquals(0, history);
    }

    @Test
    void anAgencyCannotReadOrChangeAnotherAgency() {
        String a = Fixtures.agency("临沂甲机构有限公司");
        String b = Fixtures.agency("临沂乙机构有限公司");
        String tokenA = Tokens.agency(UUID.fromString(a));
        given().auth().oauth2(tokenA).get(AGENCIES + b).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(tokenA).get(AGENCIES + b + "/changes").then().statusCode(404);
        given().auth().oauth2(tokenA).get(AGENCIES + b + "/forms/basic-info").then().statusCode(404);
        given().auth().oauth2(tokenA).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(updated(b, "夺取", "x"))
                .when().put(AGENCIES + b).then().statusCode(404);
        given().auth().oauth2(Tokens.association()).get(AGENCIES + b).then().body("name", equalTo("临沂乙机构有限公司"));
        given().auth().oauth2(tokenA).get(AGENCIES + a).then().statusCode(200);
        // the list shows an agency only itself
        given().auth().oauth2(tokenA).get("/api/v1/agencies?name=临沂").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(a)));
        // status changes are for supervisors only
        given().auth().oauth2(tokenA).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED", "reason", "x")).when().post(AGENCIES + a + "/status").then().statusCode(403);
    }

    @Test
    void aStatusChangeIsPublishedAndARevokedAgencyStaysRevoked() {
        String id = Fixtures.agency("临沂四号评价有限公司");
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("status", "REVOKED", "reason", "资质被撤销"))
                .when().post(AGENCIES + id + "/status").then().statusCode(200).body("status", equalTo("REVOKED"));
        ReceivedEvent event = EventProbe.onTestBroker().awaitEvent(RegistryEvents.AGENCY_TOPIC.name(),
                RegistryEvents.AGENCY_STATUS_CHANGED_V1.type(), id);
        assertEquals("ACTIVE", event.data().get("previousStatus").asText());
        assertEquals("REVOKED", event.data().get("status").asText());
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE", "reason", "恢复"))
                .when().post(AGENCIES + id + "/status").then().statusCode(409);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("status", "DORMANT", "reason", "x"))
                .when().post(AGENCIES + id + "/status").then().statusCode(400);
    }

    @Test
    void searchFindsAgenciesByNameCodeScopeAndExpiryWindowWithCappedPages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String evaluation = Fixtures.agency("搜索评价" + tag + "有限公司");
        String testing = Fixtures.agency("搜索检测" + tag + "有限公司");
        Fixtures.grant(evaluation, Fixtures.certificateNumber(), Fixtures.today().plusDays(400)).statusCode(201);
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Fixtures.qualificationBody(Fixtures.certificateNumber(), Fixtures.today().plusDays(50),
                        java.util.List.of(Map.of("serviceType", "TESTING", "industry", "非煤矿山"))))
                .when().post(AGENCIES + testing + "/qualifications").then().statusCode(201);

        // in name order: 搜索检测… before 搜索评价…
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies?name=" + tag).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(java.util.List.of(testing, evaluation)));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies?name=" + tag + "&serviceType=TESTING").then()
                .body("items.id", equalTo(java.util.List.of(testing)));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies?name=" + tag + "&industry=危险化学品").then()
                .body("items.id", equalTo(java.util.List.of(evaluation)));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies?name=" + tag + "&certificateExpiresTo="
                + Fixtures.today().plusDays(90)).then().body("items.id", equalTo(java.util.List.of(testing)));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies?name=" + tag + "&size=1&page=1").then()
                .body("items", hasSize(1)).body("total", equalTo(2)).body("items.id", hasItem(evaluation));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies?size=1000").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies?status=BROKEN").then().statusCode(400);
    }
}
