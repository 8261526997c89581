package cn.safetysupervision.compliance;

import cn.safetysupervision.compliance.domain.CreditService;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The integrity record with the default scoring (MINOR 1, MAJOR 3, SEVERE 6; yellow from 3, orange from 6, red
 * from 12) and, in tests, a repair request allowed at once (compliance.credit.repair-request-after=P0D).
 */
@QuarkusTest
class CreditGradeTest {

    @Inject
    EntityManager em;

    @Inject
    CreditService credit;

    @Test
    void gradesFollowThePointsAndARegulatorListsARedAgencyUntilRepaired() {
        UUID agencyId = TestAgencies.registered("信用机构");
        given().auth().oauth2(Tokens.agency(agencyId)).when().get("/api/v1/agencies/" + agencyId + "/credit")
                .then().statusCode(200).body("grade", equalTo("BLUE")).body("gradeZh", equalTo("蓝")).body("points", equalTo(0));

        // One MINOR finding: 1 point, still blue — no grade change.
        FindingLifecycleTest.record(Tokens.regulator(), agencyId, "ART14-16");
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + agencyId + "/credit")
                .then().body("grade", equalTo("BLUE")).body("points", equalTo(1)).body("history", hasSize(0));

        // A SEVERE one: 7 points → orange.
        String falseReport = FindingLifecycleTest.record(Tokens.regulator(), agencyId, "ART14-6").path("id");
        ReceivedEvent orange = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.CREDIT_TOPIC.name(),
                ComplianceEvents.CREDIT_GRADE_CHANGED_V1.type(), agencyId.toString());
        assertEquals("BLUE", orange.data().get("previousGrade").asText());
        assertEquals("ORANGE", orange.data().get("grade").asText());
        assertEquals(7, orange.data().get("points").asInt());

        // Another SEVERE: 13 points → red, which only proposes a listing (issue 14); a regulator decides it, for the
        // default 3-year term when no end is given.
        FindingLifecycleTest.record(Tokens.regulator(), agencyId, "ART17-5");
        ReceivedEvent proposed = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.CREDIT_TOPIC.name(),
                ComplianceEvents.DISHONESTY_LISTING_PROPOSED_V1.type(), agencyId.toString());
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                .then().statusCode(200).body("onDishonestyList", equalTo(false));
        java.time.LocalDate today = java.time.LocalDate.now(CreditService.ZONE);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(java.util.Map.of("list", true, "decisionNumber", "临应急失信〔2026〕7号", "legalBasis", "应急管理部令第11号",
                        "startDate", today.toString(), "reason", "三项违规经确认"))
                .when().post("/api/v1/listing-proposals/" + proposed.data().get("proposalId").asText() + "/decision")
                .then().statusCode(200);
        ReceivedEvent listed = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.CREDIT_TOPIC.name(),
                ComplianceEvents.DISHONESTY_LISTING_STARTED_V1.type(), agencyId.toString());
        String listingId = listed.data().get("listingId").asText();
        java.time.LocalDate start = java.time.LocalDate.parse(listed.data().get("startDate").asText());
        assertEquals(start.plusYears(3).minusDays(1).toString(), listed.data().get("endDate").asText());
        given().auth().oauth2(Tokens.agency(agencyId)).when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                .then().statusCode(200).body("creditGrade", equalTo("RED")).body("creditPoints", equalTo(13))
                .body("onDishonestyList", equalTo(true)).body("openFindings", equalTo(3));
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + agencyId + "/credit")
                .then().body("history.grade", equalTo(List.of("ORANGE", "RED")))
                .body("listings", hasSize(1)).body("listings[0].id", equalTo(listingId));

        // Dismissing the false-report finding lowers the points: 7 → orange again, still listed until repaired.
        String etag = given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/findings/" + falseReport)
                .then().extract().header("ETag");
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"reason\":\"复核报告无虚假内容\"}").when().post("/api/v1/findings/" + falseReport + "/dismissal")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + agencyId + "/credit")
                .then().body("grade", equalTo("ORANGE")).body("points", equalTo(7))
                .body("history.grade", equalTo(List.of("ORANGE", "RED", "ORANGE")));

        // Credit repair: the agency asks, a supervisor grants, the listing ends.
        String listingUrl = "/api/v1/agencies/" + agencyId + "/credit/dishonesty-listings/" + listingId;
        String listingTag = given().auth().oauth2(Tokens.agency(agencyId)).when().get(listingUrl)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).header("If-Match", listingTag).contentType(ContentType.JSON)
                .body("{\"statement\":\"x\"}").when().post(listingUrl + "/repair-request").then().statusCode(404);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", listingTag).contentType(ContentType.JSON)
                .body("{\"granted\":true}").when().post(listingUrl + "/repair-decision").then().statusCode(409);
        listingTag = given().auth().oauth2(Tokens.agency(agencyId)).header("If-Match", listingTag).contentType(ContentType.JSON)
                .body("{\"statement\":\"已完成全部整改并组织全员培训\"}").when().post(listingUrl + "/repair-request")
                .then().statusCode(200).body("repairRequestedAt", notNullValue()).extract().header("ETag");
        given().auth().oauth2(Tokens.regulator()).header("If-Match", listingTag).contentType(ContentType.JSON)
                .body("{\"granted\":true,\"note\":\"同意信用修复\"}").when().post(listingUrl + "/repair-decision")
                .then().statusCode(200).body("endReason", equalTo("REPAIRED")).body("endedOn", notNullValue());
        ReceivedEvent ended = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.CREDIT_TOPIC.name(),
                ComplianceEvents.DISHONESTY_LISTING_ENDED_V1.type(), agencyId.toString());
        assertEquals("REPAIRED", ended.data().get("reason").asText());
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                .then().body("onDishonestyList", equalTo(false));
        // Exactly one grade-changed event per change.
        assertEquals(3, EventProbe.onTestBroker().awaitEvents(ComplianceEvents.CREDIT_TOPIC.name(),
                e -> e.type().equals(ComplianceEvents.CREDIT_GRADE_CHANGED_V1.type()) && e.subject().equals(agencyId.toString()),
                3, Duration.ofSeconds(30)).size());
    }

    /**
     * Contracts of two agencies spread over every partition of the topic, judged side by side (one transaction
     * per partition): every finding is opened once, and (issue 14) as a suspicion that adds no points.
     */
    @Test
    void findingsJudgedOnSeveralPartitionsAtOnceAreEachOpenedOnceAsSuspicions() {
        UUID first = TestAgencies.registered("并发甲机构");
        UUID second = TestAgencies.registered("并发乙机构");
        int contractsEach = 24;
        // Keyed by contract id, 48 contracts land on all partitions of the topic.
        for (int i = 0; i < contractsEach; i++) {
            for (UUID agency : List.of(first, second)) {
                // No qualification, no commitment letter, no staffing list: ART14-2 (6) + ART15-2 (1) + ART15-1 (1).
                Scenario.sign(Scenario.contract(UUID.randomUUID(), agency, TestIdentifiers.creditCode(), "危险化学品",
                        "EVALUATION", "45000", false, List.of()));
            }
        }
        for (UUID agency : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                    .queryParam("agencyId", agency).when().get("/api/v1/findings")
                    .then().statusCode(200).body("total", equalTo(3 * contractsEach)));
            // Issue 14: automatic findings are SUSPECTED and add nothing until a person confirms them.
            given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + agency + "/credit")
                    .then().body("points", equalTo(0)).body("grade", equalTo("BLUE"));
            given().auth().oauth2(Tokens.regulator()).queryParam("agencyId", agency).queryParam("size", 100)
                    .when().get("/api/v1/findings").then().body("items.verdict", org.hamcrest.Matchers.everyItem(equalTo("SUSPECTED")));
        }
    }

    @Test
    void findingsLeaveTheRecordWhenTheyDecayEvenIfNothingNewHappens() {
        UUID ageing = TestAgencies.registered("衰减机构");
        UUID recent = TestAgencies.registered("近期机构");
        FindingLifecycleTest.record(Tokens.regulator(), ageing, "ART14-6");
        FindingLifecycleTest.record(Tokens.regulator(), recent, "ART14-6");
        EventProbe.onTestBroker().awaitEvent(ComplianceEvents.CREDIT_TOPIC.name(),
                ComplianceEvents.CREDIT_GRADE_CHANGED_V1.type(), ageing.toString());
        Instant flagged = QuarkusTransaction.requiringNew().call(() -> (Instant) em.createNativeQuery(
                "select flagged_at from finding where agency_id = ?1", Instant.class).setParameter(1, ageing).getSingleResult());
        Instant decaysAt = QuarkusTransaction.requiringNew().call(() -> (Instant) em.createNativeQuery(
                "select next_decay_at from credit_record where agency_id = ?1", Instant.class).setParameter(1, ageing).getSingleResult());
        // The record knows when its only finding leaves the default 365-day window.
        assertEquals(flagged.plus(365, ChronoUnit.DAYS), decaysAt);

        // Not due yet: the sweep changes nothing.
        credit.recountDecayed(Instant.now(), 1000);
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + ageing + "/credit")
                .then().body("grade", equalTo("ORANGE")).body("points", equalTo(6));

        // A year and more later (the finding's date moved back instead of the clock forward).
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update finding set flagged_at = flagged_at - interval '400 days' where agency_id = ?1")
                    .setParameter(1, ageing).executeUpdate();
            em.createNativeQuery("update credit_record set next_decay_at = next_decay_at - interval '400 days' where agency_id = ?1")
                    .setParameter(1, ageing).executeUpdate();
        });
        assertTrue(credit.recountDecayed(Instant.now(), 1000) >= 1);
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + ageing + "/credit")
                .then().body("grade", equalTo("BLUE")).body("points", equalTo(0))
                .body("history.grade", equalTo(List.of("ORANGE", "BLUE")));
        ReceivedEvent improved = EventProbe.onTestBroker().awaitEvents(ComplianceEvents.CREDIT_TOPIC.name(),
                e -> e.type().equals(ComplianceEvents.CREDIT_GRADE_CHANGED_V1.type()) && e.subject().equals(ageing.toString())
                        && e.data().get("grade").asText().equals("BLUE"), 1, Duration.ofSeconds(30)).get(0);
        assertTrue(improved.data().get("triggeringFindingId").isNull(), "decay has no triggering finding");
        assertEquals(0, improved.data().get("points").asInt());
        // Nothing counts any more, so nothing is due; the other agency keeps its points.
        QuarkusTransaction.requiringNew().run(() -> assertEquals(null, em.createNativeQuery(
                "select next_decay_at from credit_record where agency_id = ?1", Instant.class).setParameter(1, ageing).getSingleResult()));
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + recent + "/credit")
                .then().body("grade", equalTo("ORANGE")).body("points", equalTo(6));
    }

    @Test
    void referencePricesAreKeptByTheAssociation() {
        String url = "/api/v1/reference-prices/SAFETY_EVALUATION/CHEMICALS-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body("{\"amount\":50000}")
                .when().put(url).then().statusCode(403);
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body("{\"amount\":-1}")
                .when().put(url).then().statusCode(400);
        given().auth().oauth2(Tokens.association()).when().get(url).then().statusCode(404);
        String etag = given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body("{\"amount\":50000,\"note\":\"2026年指导价\"}").when().put(url)
                .then().statusCode(201).body("amount", equalTo(50000)).extract().header("ETag");
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body("{\"amount\":60000}")
                .when().put(url).then().statusCode(428);
        given().auth().oauth2(Tokens.association()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"amount\":60000}").when().put(url).then().statusCode(200).body("amount", equalTo(60000));
        var read = given().auth().oauth2(Tokens.agency(UUID.randomUUID())).when().get(url).then().statusCode(200)
                .body("updatedBy", equalTo("association-officer")).extract().jsonPath();
        assertEquals(60000.0, read.getDouble("amount"));
    }
}
