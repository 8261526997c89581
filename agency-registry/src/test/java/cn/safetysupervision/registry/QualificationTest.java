package cn.safetysupervision.registry;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.registry.domain.ExpirySweep;
import cn.safetysupervision.registry.persistence.Qualification;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class QualificationTest {

    @Inject
    ExpirySweep sweep;

    private static final String Q = RegistryEvents.QUALIFICATION_TOPIC.name();

    private static long certificatesNumbered(String number) {
        return QuarkusTransaction.requiringNew().call(() -> Qualification.count("certificateNumber", number));
    }

    private static String etag(String qid) {
        return given().auth().oauth2(Tokens.regulator()).get("/api/v1/qualifications/" + qid).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void grantingPublishesTheCertificateWithItsScope() {
        String agency = Fixtures.agency("资质一号评价有限公司");
        String number = Fixtures.certificateNumber();
        String qid = Fixtures.grant(agency, number, Fixtures.today().plusYears(3)).statusCode(201)
                .body("status", equalTo("VALID")).body("businessScope[0].industry", equalTo("危险化学品"))
                .extract().path("id");
        ReceivedEvent granted = EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_GRANTED_V1.type(), qid);
        assertEquals(number, granted.data().get("certificateNumber").asText());
        assertEquals(agency, granted.data().get("agencyId").asText());
        assertEquals("EVALUATION", granted.data().get("businessScope").get(0).get("serviceType").asText());
        given().auth().oauth2(Tokens.agency(UUID.fromString(agency))).get("/api/v1/agencies/" + agency + "/qualifications")
                .then().statusCode(200).body("id", hasItem(qid));
    }

    private static final String SCAN = "ab".repeat(32);

    private static Map<String, Object> declaration(String number) {
        Map<String, Object> body = Fixtures.qualificationBody(number, Fixtures.today().plusYears(2), Fixtures.evaluationScope());
        body.put("scanSha256", SCAN);
        return body;
    }

    private static io.restassured.response.ValidatableResponse declare(String agency, String number) {
        return given().auth().oauth2(Tokens.agency(UUID.fromString(agency))).contentType(ContentType.JSON)
                .body(declaration(number)).when().post("/api/v1/agencies/" + agency + "/qualifications").then();
    }

    @Test
    void anAgencysOwnCertificateIsPendingUntilAnAuthorityVerifiesIt() {
        String agency = Fixtures.agency("资质自报机构有限公司");
        String number = Fixtures.certificateNumber();
        // without the scan's hash an agency cannot declare
        given().auth().oauth2(Tokens.agency(UUID.fromString(agency))).contentType(ContentType.JSON)
                .body(Fixtures.qualificationBody(number, Fixtures.today().plusYears(2), Fixtures.evaluationScope()))
                .when().post("/api/v1/agencies/" + agency + "/qualifications").then().statusCode(400)
                .body("errors.field", hasItem("scanSha256"));
        String qid = declare(agency, number).statusCode(201).body("status", equalTo("PENDING_VERIFICATION"))
                .body("scanSha256", equalTo(SCAN)).extract().path("id");
        ReceivedEvent declared = EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_DECLARED_V1.type(), qid);
        assertEquals("PENDING_VERIFICATION", declared.data().get("status").asText());
        assertEquals(SCAN, declared.data().get("scanSha256").asText());
        // not granted: nothing that counts was published
        assertEquals(0, EventProbe.onTestBroker().readAll(Q, Duration.ofSeconds(2)).stream().filter(e -> e.type().equals(
                RegistryEvents.QUALIFICATION_GRANTED_V1.type()) && qid.equals(e.subject())).count());
        // the agency cannot verify its own declaration
        given().auth().oauth2(Tokens.agency(UUID.fromString(agency))).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/qualifications/" + qid + "/verification").then().statusCode(403);
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(Map.of("reason", "与发证机关核对原件一致"))
                .post("/api/v1/qualifications/" + qid + "/verification").then().statusCode(200)
                .body("status", equalTo("VALID")).body("decidedBy", org.hamcrest.Matchers.notNullValue())
                .body("decisionReason", equalTo("与发证机关核对原件一致"));
        ReceivedEvent verified = EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_VERIFIED_V1.type(), qid);
        assertEquals("VALID", verified.data().get("status").asText());
        // decided once
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/qualifications/" + qid + "/rejection").then().statusCode(409);
    }

    @Test
    void aRejectedDeclarationNeedsAReasonAndNeverCounts() {
        String agency = Fixtures.agency("资质驳回机构有限公司");
        String qid = declare(agency, Fixtures.certificateNumber()).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/qualifications/" + qid + "/rejection").then().statusCode(400);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(Map.of("reason", "扫描件与发证机关记录不符"))
                .post("/api/v1/qualifications/" + qid + "/rejection").then().statusCode(200).body("status", equalTo("REJECTED"));
        ReceivedEvent rejected = EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_REJECTED_V1.type(), qid);
        assertEquals("扫描件与发证机关记录不符", rejected.data().get("reason").asText());
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/qualifications/" + qid + "/verification").then().statusCode(409);
    }

    /** Issue 14 (replaces "a number held by another agency is refused and the claim published", ART14-4 evidence). */
    @Test
    void aNumberHeldByAnotherAgencyBecomesAConflictNotARefusal() {
        String holder = Fixtures.agency("资质持有机构有限公司");
        String claimant = Fixtures.agency("资质冒用机构有限公司");
        String number = Fixtures.certificateNumber();
        String qid = Fixtures.grant(holder, number, Fixtures.today().plusYears(2)).statusCode(201).extract().path("id");

        String declared = declare(claimant, number).statusCode(201).body("status", equalTo("PENDING_VERIFICATION"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("conflictsWith")))
                .extract().path("id");
        assertEquals(2, certificatesNumbered(number));
        ReceivedEvent conflict = EventProbe.onTestBroker().awaitEvent(Q,
                RegistryEvents.QUALIFICATION_CONFLICT_RAISED_V1.type(), declared);
        assertEquals(claimant, conflict.data().get("agencyId").asText());
        assertEquals(holder, conflict.data().get("otherAgencyId").asText());
        assertEquals(qid, conflict.data().get("otherQualificationId").asText());
        // no refusal, so no ART14-4 evidence against anyone
        assertEquals(0, EventProbe.onTestBroker().readAll(Q, Duration.ofSeconds(2)).stream().filter(e -> e.type().equals(
                RegistryEvents.QUALIFICATION_DUPLICATE_CLAIM_REFUSED_V1.type()) && qid.equals(e.subject())).count());
        // the declaration cannot be verified while the holder's certificate counts
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/qualifications/" + declared + "/verification").then().statusCode(409);

        // the real holder declaring after a rival declared first is not refused either
        String number2 = Fixtures.certificateNumber();
        String rivalFirst = declare(claimant, number2).statusCode(201).extract().path("id");
        String realHolder = declare(holder, number2).statusCode(201).body("status", equalTo("PENDING_VERIFICATION")).extract().path("id");
        ReceivedEvent second = EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_CONFLICT_RAISED_V1.type(), realHolder);
        assertEquals(rivalFirst, second.data().get("otherQualificationId").asText());
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(Map.of("reason", "核对发证机关：证书属另一机构"))
                .post("/api/v1/qualifications/" + rivalFirst + "/rejection").then().statusCode(200);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON).body(Map.of("reason", "核对原件"))
                .post("/api/v1/qualifications/" + realHolder + "/verification").then().statusCode(200).body("status", equalTo("VALID"));

        // an authority recording a number another agency holds is a plain 409 naming nobody
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Fixtures.qualificationBody(number, Fixtures.today().plusYears(2), Fixtures.evaluationScope()))
                .when().post("/api/v1/agencies/" + claimant + "/qualifications").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(holder)));
        // the holder recording it again is a plain conflict
        Fixtures.grant(holder, number, Fixtures.today().plusYears(2)).statusCode(409);
    }

    @Test
    void badCertificatesAreRejectedAndNothingStored() {
        String agency = Fixtures.agency("资质错误输入有限公司");
        String number = Fixtures.certificateNumber();
        Map<String, Object> body = Fixtures.qualificationBody(number, Fixtures.today().plusYears(1), List.of());
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/agencies/" + agency + "/qualifications").then().statusCode(400)
                .body("errors.field", hasItem("businessScope"));
        body = Fixtures.qualificationBody(number, Fixtures.today().plusYears(1),
                List.of(Map.of("serviceType", "ASTROLOGY", "industry", "化工")));
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/agencies/" + agency + "/qualifications").then().statusCode(400);
        body = Fixtures.qualificationBody(number, Fixtures.today().minusDays(1), Fixtures.evaluationScope());
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/agencies/" + agency + "/qualifications").then().statusCode(400)
                .body("errors.field", hasItem("validTo"));
        assertEquals(0, certificatesNumbered(number));
        // another agency cannot add certificates to this one
        String other = Fixtures.agency("资质旁观机构有限公司");
        given().auth().oauth2(Tokens.agency(UUID.fromString(other))).contentType(ContentType.JSON)
                .body(declaration(number))
                .when().post("/api/v1/agencies/" + agency + "/qualifications").then().statusCode(404);
        assertEquals(0, certificatesNumbered(number));
    }

    @Test
    void suspendReinstateRevokeAndRenewFollowTheLifeCycle() {
        String agency = Fixtures.agency("资质生命周期有限公司");
        String qid = Fixtures.grant(agency, Fixtures.certificateNumber(), Fixtures.today().plusDays(200)).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.agency(UUID.fromString(agency))).header("If-Match", etag(qid)).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED", "reason", "x")).post("/api/v1/qualifications/" + qid + "/status")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(qid)).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED", "reason", "检查发现问题")).post("/api/v1/qualifications/" + qid + "/status")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_SUSPENDED_V1.type(), qid);
        // a suspended certificate cannot be renewed
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(qid)).contentType(ContentType.JSON)
                .body(Map.of("validTo", Fixtures.today().plusYears(5).toString()))
                .post("/api/v1/qualifications/" + qid + "/renewal").then().statusCode(409);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(qid)).contentType(ContentType.JSON)
                .body(Map.of("status", "VALID", "reason", "整改完成")).post("/api/v1/qualifications/" + qid + "/status")
                .then().statusCode(200);
        EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_REINSTATED_V1.type(), qid);
        // renewal must move valid-to later
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(qid)).contentType(ContentType.JSON)
                .body(Map.of("validTo", Fixtures.today().plusDays(100).toString()))
                .post("/api/v1/qualifications/" + qid + "/renewal").then().statusCode(400).body("errors.field", hasItem("validTo"));
        LocalDate renewedTo = Fixtures.today().plusYears(5);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(qid)).contentType(ContentType.JSON)
                .body(Map.of("validTo", renewedTo.toString()))
                .post("/api/v1/qualifications/" + qid + "/renewal").then().statusCode(200).body("validTo", equalTo(renewedTo.toString()));
        ReceivedEvent renewed = EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_RENEWED_V1.type(), qid);
        assertEquals(Fixtures.today().plusDays(200).toString(), renewed.data().get("previousValidTo").asText());
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(qid)).contentType(ContentType.JSON)
                .body(Map.of("status", "REVOKED", "reason", "出租资质")).post("/api/v1/qualifications/" + qid + "/status")
                .then().statusCode(200);
        EventProbe.onTestBroker().awaitEvent(Q, RegistryEvents.QUALIFICATION_REVOKED_V1.type(), qid);
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(qid)).contentType(ContentType.JSON)
                .body(Map.of("status", "VALID", "reason", "x")).post("/api/v1/qualifications/" + qid + "/status")
                .then().statusCode(409);
    }

    @Test
    void expiryWarningsAndExpiriesAreEmittedOnceEvenWithConcurrentSweeps() throws Exception {
        String agency = Fixtures.agency("资质到期预警有限公司");
        String soon = Fixtures.grant(agency, Fixtures.certificateNumber(), Fixtures.today().plusDays(20)).statusCode(201).extract().path("id");
        String later = Fixtures.grant(agency, Fixtures.certificateNumber(), Fixtures.today().plusDays(100)).statusCode(201).extract().path("id");
        String far = Fixtures.grant(agency, Fixtures.certificateNumber(), Fixtures.today().plusDays(400)).statusCode(201).extract().path("id");
        String lapsing = Fixtures.grant(agency, Fixtures.certificateNumber(), Fixtures.today().plusDays(400)).statusCode(201).extract().path("id");
        // time passes for this one: its last valid day was yesterday
        QuarkusTransaction.requiringNew().run(() -> Qualification.update("validTo = ?1 where id = ?2",
                Fixtures.today().minusDays(1), UUID.fromString(lapsing)));

        // two replicas sweeping at the same time, then a rerun after "downtime"
        CompletableFuture<ExpirySweep.Result> one = CompletableFuture.supplyAsync(sweep::sweep);
        CompletableFuture<ExpirySweep.Result> two = CompletableFuture.supplyAsync(sweep::sweep);
        one.get();
        two.get();
        given().auth().oauth2(Tokens.regulator()).post("/api/v1/expiry-sweeps").then().statusCode(200);
        given().auth().oauth2(Tokens.association()).post("/api/v1/expiry-sweeps").then().statusCode(403);

        String expiring = RegistryEvents.QUALIFICATION_EXPIRING_V1.type();
        List<ReceivedEvent> soonWarnings = EventProbe.onTestBroker().awaitEvents(Q,
                e -> e.type().equals(expiring) && e.subject().equals(soon), 1, Duration.ofSeconds(30));
        assertEquals(1, soonWarnings.size(), "one warning, at the nearest lead time reached");
        assertEquals(30, soonWarnings.get(0).data().get("leadTimeDays").asInt());
        assertEquals(20, soonWarnings.get(0).data().get("daysRemaining").asInt());
        List<ReceivedEvent> laterWarnings = EventProbe.onTestBroker().awaitEvents(Q,
                e -> e.type().equals(expiring) && e.subject().equals(later), 1, Duration.ofSeconds(10));
        assertEquals(1, laterWarnings.size());
        assertEquals(120, laterWarnings.get(0).data().get("leadTimeDays").asInt());
        List<ReceivedEvent> expired = EventProbe.onTestBroker().awaitEvents(Q,
                e -> e.type().equals(RegistryEvents.QUALIFICATION_EXPIRED_V1.type()) && e.subject().equals(lapsing), 1, Duration.ofSeconds(10));
        assertEquals(1, expired.size());
        assertEquals(Fixtures.today().toString(), expired.get(0).data().get("expiredOn").asText());
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/qualifications/" + lapsing).then().body("status", equalTo("EXPIRED"));
        long farWarnings = EventProbe.onTestBroker().readAll(Q, Duration.ofMillis(500)).stream()
                .filter(e -> e.subject().equals(far) && !e.type().equals(RegistryEvents.QUALIFICATION_GRANTED_V1.type())).count();
        assertEquals(0, farWarnings, "no warning beyond the longest lead time");
    }
}
