package cn.safetysupervision.compliance;

import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.CredentialDeclaredV1;
import cn.safetysupervision.events.registry.CredentialVerifiedV1;
import cn.safetysupervision.events.registry.EmploymentConflictRefusedV1;
import cn.safetysupervision.events.registry.EmploymentStartedV1;
import cn.safetysupervision.events.registry.QualificationConflictRaisedV1;
import cn.safetysupervision.events.registry.QualificationDeclaredV1;
import cn.safetysupervision.events.registry.QualificationVerifiedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14: agencies declare, authorities verify; an automatic finding weighs only once a person confirms it. */
@QuarkusTest
class DueProcessTest {

    private static final String SCAN = "cd".repeat(32);

    private static QualificationDeclaredV1 declared(UUID id, String number, UUID agencyId) {
        return new QualificationDeclaredV1(id, number, agencyId, TestIdentifiers.creditCode(), "自报机构", "EVALUATION",
                List.of(new BusinessScopeEntryV1("EVALUATION", "危险化学品")), "山东省应急管理厅", LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31), "PENDING_VERIFICATION", SCAN, "agency-user", Scenario.NOW);
    }

    private static String etag(String findingId) {
        return given().auth().oauth2(Tokens.regulator()).get("/api/v1/findings/" + findingId).then().statusCode(200)
                .extract().header("ETag");
    }

    private static int points(UUID agencyId) {
        return given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + agencyId + "/credit").then()
                .statusCode(200).extract().path("points");
    }

    @Test
    void aSelfDeclaredCertificateDoesNotMakeAContractPassArt14Item2UntilVerified() {
        UUID agencyId = TestAgencies.registered("自报资质机构");
        UUID qid = UUID.randomUUID();
        String number = "APJ-(鲁)-" + qid.toString().substring(0, 6);
        Events.produce(RegistryEvents.QUALIFICATION_DECLARED_V1, qid, declared(qid, number, agencyId));
        Scenario.awaitProjected(() -> Scenario.facts().qualifications(agencyId).size() == 1);
        Scenario.sign(Scenario.contract(UUID.randomUUID(), agencyId, TestIdentifiers.creditCode(), "危险化学品",
                "EVALUATION", "45000", false, List.of()));
        var found = Events.awaitFindings(agencyId, "ART14-2");
        assertEquals("SUSPECTED", found.getString("items[0].verdict"));

        // verified: a contract signed afterwards passes ART14-2
        Events.produce(RegistryEvents.QUALIFICATION_VERIFIED_V1, qid, new QualificationVerifiedV1(qid, number, agencyId,
                TestIdentifiers.creditCode(), "自报机构", "EVALUATION", List.of(new BusinessScopeEntryV1("EVALUATION", "危险化学品")),
                "山东省应急管理厅", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), "VALID", "association-user",
                "核对原件", Scenario.NOW));
        Scenario.awaitProjected(() -> Scenario.facts().qualifications(agencyId).stream()
                .anyMatch(q -> q.validOn(Scenario.SIGNED)));
        UUID later = UUID.randomUUID();
        Scenario.sign(Scenario.contract(later, agencyId, TestIdentifiers.creditCode(), "危险化学品",
                "EVALUATION", "45000", false, List.of()));
        Events.awaitFindings(agencyId, "ART15-1"); // the later contract was judged (no staffing list)
        await().atMost(Duration.ofSeconds(30)).until(() -> Events.findings(agencyId, "ART15-1").getInt("total") == 2);
        assertEquals(1, Events.findings(agencyId, "ART14-2").getInt("total"));
    }

    @Test
    void aSuspectedFindingAddsNoPointsUntilARegulatorConfirmsIt() {
        UUID agencyId = TestAgencies.registered("疑似机构");
        Scenario.sign(Scenario.contract(UUID.randomUUID(), agencyId, TestIdentifiers.creditCode(), "危险化学品",
                "EVALUATION", "45000", false, List.of()));
        var found = Events.awaitFindings(agencyId, "ART14-2");
        String findingId = found.getString("items[0].id");
        assertEquals("SUSPECTED", found.getString("items[0].verdict"));
        LocalDate respondBy = LocalDate.parse(found.getString("items[0].respondBy"));
        assertTrue(respondBy.isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(13)),
                "10 working days are at least 14 calendar days: " + respondBy);
        ReceivedEvent flagged = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.FINDING_TOPIC.name(),
                ComplianceEvents.VIOLATION_FLAGGED_V1.type(), findingId);
        assertEquals("SUSPECTED", flagged.data().get("status").asText());
        assertEquals(respondBy.toString(), flagged.data().get("respondBy").asText());
        // ART14-2 (SEVERE), ART15-1 and ART15-2 all suspected: nothing counts
        await().atMost(Duration.ofSeconds(30)).until(() -> Events.findings(agencyId, "ART15-1").getInt("total") == 1);
        assertEquals(0, points(agencyId));

        // the agency answers, once, and cannot confirm
        given().auth().oauth2(Tokens.agency(agencyId)).header("If-Match", etag(findingId)).contentType(ContentType.JSON)
                .body(Map.of("statement", "资质证书已于签约前取得，正在补录", "evidenceReferences", List.of("sha256:" + SCAN)))
                .post("/api/v1/findings/" + findingId + "/response").then().statusCode(200)
                .body("responseStatement", equalTo("资质证书已于签约前取得，正在补录")).body("respondedAt", notNullValue());
        given().auth().oauth2(Tokens.agency(agencyId)).header("If-Match", etag(findingId)).contentType(ContentType.JSON)
                .body(Map.of("statement", "再次答辩")).post("/api/v1/findings/" + findingId + "/response").then().statusCode(409);
        given().auth().oauth2(Tokens.agency(agencyId)).header("If-Match", etag(findingId)).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/v1/findings/" + findingId + "/confirmation").then().statusCode(403);

        // the suspected finding waits in the review queue, with its decision endpoints
        given().auth().oauth2(Tokens.association()).queryParam("kind", "SUSPECTED_FINDING").queryParam("agencyId", agencyId.toString()).queryParam("limit", 100)
                .get("/api/v1/review-queue").then().statusCode(200).body("subjectId", hasItem(findingId))
                .body("find { it.subjectId == '" + findingId + "' }.decisions.href",
                        hasItem("/api/v1/findings/" + findingId + "/confirmation"));
        given().auth().oauth2(Tokens.agency(agencyId)).get("/api/v1/review-queue").then().statusCode(403);

        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(findingId)).contentType(ContentType.JSON)
                .body(Map.of("reason", "经核查签约时无有效资质")).post("/api/v1/findings/" + findingId + "/confirmation")
                .then().statusCode(200).body("verdict", equalTo("CONFIRMED")).body("confirmedBy", notNullValue())
                .body("confirmationReason", equalTo("经核查签约时无有效资质")).body("autoConfirmed", equalTo(false));
        ReceivedEvent confirmed = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.FINDING_TOPIC.name(),
                ComplianceEvents.FINDING_CONFIRMED_V1.type(), findingId);
        assertFalse(confirmed.data().get("automatic").asBoolean());
        assertEquals(6, points(agencyId));
        given().auth().oauth2(Tokens.regulator()).header("If-Match", etag(findingId)).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post("/api/v1/findings/" + findingId + "/confirmation").then().statusCode(409);
        given().auth().oauth2(Tokens.association()).queryParam("kind", "SUSPECTED_FINDING").queryParam("agencyId", agencyId.toString()).queryParam("limit", 100)
                .get("/api/v1/review-queue").then().statusCode(200).body("subjectId", not(hasItem(findingId)));
    }

    @Inject
    cn.safetysupervision.compliance.domain.CreditRecordSweeps sweeps;

    @Test
    void withAutoConfirmationOffByDefaultTheSweepLeavesAnUnansweredFindingSuspected() {
        UUID agencyId = TestAgencies.registered("无人处理机构");
        Scenario.sign(Scenario.contract(UUID.randomUUID(), agencyId, TestIdentifiers.creditCode(), "危险化学品",
                "EVALUATION", "45000", false, List.of()));
        var found = Events.awaitFindings(agencyId, "ART14-2");
        String findingId = found.getString("items[0].id");
        sweeps.autoConfirmAsOf(LocalDate.parse(found.getString("items[0].respondBy")).plusDays(30));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/findings/" + findingId).then().statusCode(200)
                .body("verdict", equalTo("SUSPECTED")).body("autoConfirmed", equalTo(false));
        assertEquals(0, points(agencyId));
    }

    @Test
    void aRedGradeOnlyProposesAListingARegulatorDecides() {
        UUID agencyId = TestAgencies.registered("红色提议机构");
        FindingLifecycleTest.record(Tokens.regulator(), agencyId, "ART14-6");
        FindingLifecycleTest.record(Tokens.regulator(), agencyId, "ART17-5");
        ReceivedEvent proposed = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.CREDIT_TOPIC.name(),
                ComplianceEvents.DISHONESTY_LISTING_PROPOSED_V1.type(), agencyId.toString());
        assertEquals(12, proposed.data().get("points").asInt());
        String proposalId = proposed.data().get("proposalId").asText();
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + agencyId + "/credit").then()
                .body("grade", equalTo("RED")).body("listings.size()", equalTo(0))
                .body("proposals[0].status", equalTo("PROPOSED"));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + agencyId + "/compliance-summary").then()
                .body("onDishonestyList", equalTo(false));
        given().auth().oauth2(Tokens.regulator()).queryParam("kind", "LISTING_PROPOSAL").queryParam("agencyId", agencyId.toString()).queryParam("limit", 100)
                .get("/api/v1/review-queue").then().statusCode(200).body("subjectId", hasItem(proposalId));

        String decision = "/api/v1/listing-proposals/" + proposalId + "/decision";
        LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        // the association may not list; a listing needs a decision number and legal basis
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("list", true, "decisionNumber", "临应急失信〔2026〕1号", "legalBasis", "应急管理部令第11号",
                        "startDate", start.toString(), "reason", "x")).post(decision).then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(Map.of("list", true, "startDate", start.toString(), "reason", "x")).post(decision).then().statusCode(400);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(Map.of("list", true, "decisionNumber", "临应急失信〔2026〕1号", "legalBasis", "应急管理部令第11号第八条",
                        "startDate", start.toString(), "endDate", start.plusYears(1).toString(), "reason", "两项严重违规经确认"))
                .post(decision).then().statusCode(200).body("status", equalTo("LISTED")).body("decidedBy", notNullValue());
        ReceivedEvent listed = EventProbe.onTestBroker().awaitEvent(ComplianceEvents.CREDIT_TOPIC.name(),
                ComplianceEvents.DISHONESTY_LISTING_STARTED_V1.type(), agencyId.toString());
        assertEquals("临应急失信〔2026〕1号", listed.data().get("decisionNumber").asText());
        assertEquals("应急管理部令第11号第八条", listed.data().get("legalBasis").asText());
        assertEquals(start.plusYears(1).toString(), listed.data().get("endsOn").asText());
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(Map.of("list", false, "reason", "again")).post(decision).then().statusCode(409);
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + agencyId + "/compliance-summary").then()
                .body("onDishonestyList", equalTo(true));
    }

    @Test
    void aDeclaredCredentialWaitsInTheReviewQueueUntilTheRegistrysVerificationArrives() {
        UUID agencyId = TestAgencies.registered("自报证书机构");
        UUID practitionerId = UUID.randomUUID();
        UUID credentialId = UUID.randomUUID();
        String number = "ZA-" + credentialId.toString().substring(0, 8);
        Events.produce(RegistryEvents.PRACTITIONER_CREDENTIAL_DECLARED_V1, practitionerId, new CredentialDeclaredV1(
                credentialId, practitionerId, "赵自报", "SAFETY_ASSESSOR", "SECOND", null, "危险化学品", number,
                "人力资源和社会保障部", LocalDate.of(2029, 12, 31), "agency-user", Scenario.NOW, agencyId));
        String base = "/api/v1/practitioners/" + practitionerId + "/credentials/" + credentialId;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.association())
                .queryParam("kind", "CREDENTIAL_DECLARED").queryParam("agencyId", agencyId.toString()).queryParam("limit", 100)
                .get("/api/v1/review-queue").then().statusCode(200).body("subjectId", hasItem(credentialId.toString()))
                .body("find { it.subjectId == '" + credentialId + "' }.decisions.href",
                        org.hamcrest.Matchers.contains(base + "/verification", base + "/rejection"))
                .body("find { it.subjectId == '" + credentialId + "' }.decisions.service", hasItem("agency-registry"))
                .body("find { it.subjectId == '" + credentialId + "' }.summary.number", equalTo(number)));
        // declared, it counts for nothing: no credential in the projection the rules read
        assertEquals(0L, Scenario.countRows("select count(*) from credential where credential_id = '" + credentialId + "'"));

        Events.produce(RegistryEvents.PRACTITIONER_CREDENTIAL_VERIFIED_V1, practitionerId, new CredentialVerifiedV1(
                credentialId, practitionerId, "赵自报", "SAFETY_ASSESSOR", "SECOND", null, "危险化学品", number,
                "人力资源和社会保障部", LocalDate.of(2029, 12, 31), "association-user", "核对原件", Scenario.NOW));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.association())
                .queryParam("kind", "CREDENTIAL_DECLARED").queryParam("agencyId", agencyId.toString()).queryParam("limit", 100)
                .get("/api/v1/review-queue").then().statusCode(200).body("subjectId", not(hasItem(credentialId.toString()))));
        assertEquals(1L, Scenario.countRows("select count(*) from credential where credential_id = '" + credentialId + "'"));
    }

    @Test
    void aCertificateConflictIsAReviewItemAndNoFinding() {
        UUID holder = TestAgencies.registered("证书持有机构");
        UUID claimant = TestAgencies.registered("证书冲突机构");
        UUID held = UUID.randomUUID();
        UUID qid = UUID.randomUUID();
        String number = "APJ-(鲁)-" + qid.toString().substring(0, 6);
        Events.produce(RegistryEvents.QUALIFICATION_DECLARED_V1, qid, declared(qid, number, claimant));
        Events.produce(RegistryEvents.QUALIFICATION_CONFLICT_RAISED_V1, qid, new QualificationConflictRaisedV1(qid, number,
                claimant, TestIdentifiers.creditCode(), "证书冲突机构", held, holder, "VALID", Scenario.NOW));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .queryParam("kind", "CERTIFICATE_CONFLICT").queryParam("agencyId", claimant.toString()).queryParam("limit", 100).get("/api/v1/review-queue")
                .then().statusCode(200).body("subjectId", hasItem(qid.toString())));
        given().auth().oauth2(Tokens.regulator()).queryParam("agencyId", claimant.toString()).queryParam("limit", 100).get("/api/v1/review-queue").then()
                .body("find { it.subjectId == '" + qid + "' && it.kind == 'CERTIFICATE_CONFLICT' }.decisions.href",
                        hasItem("/api/v1/qualifications/" + qid + "/verification"))
                .body("find { it.subjectId == '" + qid + "' && it.kind == 'CERTIFICATE_CONFLICT' }.summary.otherAgencyId",
                        equalTo(holder.toString()))
                .body("find { it.subjectId == '" + qid + "' && it.kind == 'CERTIFICATE_DECLARED' }.summary.scanSha256",
                        equalTo(SCAN));
        // the conflict was applied (its review item is there), and it judged nobody
        assertEquals(0, Events.findings(claimant, "ART14-4").getInt("total"));
        assertEquals(0, Events.findings(holder, "ART14-4").getInt("total"));
        assertEquals(0, given().auth().oauth2(Tokens.regulator()).queryParam("agencyId", claimant).get("/api/v1/findings")
                .then().extract().<Integer>path("total"));
    }

    @Test
    void theRegistrysDecisionOnAnEmploymentConflictClosesItsReviewItem() {
        UUID employer = TestAgencies.registered("原聘用机构");
        UUID rival = TestAgencies.registered("新聘用机构");
        UUID practitionerId = UUID.randomUUID();
        UUID employmentId = UUID.randomUUID();
        String refusal = Events.produce(RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V2, practitionerId,
                new cn.safetysupervision.events.registry.EmploymentConflictRefusedV2(practitionerId, "周离职", rival,
                        TestIdentifiers.creditCode(), "新聘用机构", "FULL_TIME", LocalDate.of(2026, 11, 20), null,
                        employmentId, employer, TestIdentifiers.creditCode(), "原聘用机构", LocalDate.of(2024, 3, 1), null,
                        "agency-user", Scenario.NOW));
        UUID item = UUID.nameUUIDFromBytes(refusal.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String href = "/api/v1/agencies/" + employer + "/employments/" + employmentId + "/conflict-decision";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .queryParam("kind", "EMPLOYMENT_CONFLICT").queryParam("agencyId", rival.toString()).queryParam("limit", 100)
                .get("/api/v1/review-queue").then().statusCode(200)
                .body("find { it.subjectId == '" + item + "' }.decisions.href", org.hamcrest.Matchers.everyItem(equalTo(href)))
                .body("find { it.subjectId == '" + item + "' }.decisions.service", hasItem("agency-registry")));

        // agency-registry decides (its endpoint ends the wrong employment) and publishes the decision
        Events.produce(RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_DECIDED_V1, practitionerId,
                new cn.safetysupervision.events.registry.EmploymentConflictDecidedV1(practitionerId, employmentId, employer,
                        "ENDED", LocalDate.of(2026, 10, 31), item, "社保记录显示已于10月离职", "regulator-user", Scenario.NOW));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .queryParam("kind", "EMPLOYMENT_CONFLICT").queryParam("agencyId", rival.toString()).queryParam("limit", 100)
                .get("/api/v1/review-queue").then().statusCode(200).body("subjectId", not(hasItem(item.toString()))));
        assertEquals(1L, Scenario.countRows("select count(*) from review_item where subject_id = '" + item
                + "' and closed_by = 'regulator-user' and close_reason like 'ENDED 2026-10-31: 社保记录%'"));
    }

    @Test
    void aRefusedFullTimeHireIsAReviewItemWhileDualWorkOnAContractIsArt14Item10() {
        UUID employer = TestAgencies.registered("本职聘用机构");
        UUID rival = TestAgencies.registered("第二聘用机构");
        UUID practitionerId = UUID.randomUUID();
        Events.produce(RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V1, practitionerId, new EmploymentStartedV1(
                UUID.randomUUID(), practitionerId, "李明", "hash-dual", employer, TestIdentifiers.creditCode(), "本职聘用机构",
                "FULL_TIME", LocalDate.of(2025, 1, 1), null, "clerk", Scenario.NOW));
        String refusal = Events.produce(RegistryEvents.PRACTITIONER_EMPLOYMENT_CONFLICT_REFUSED_V1, practitionerId,
                new EmploymentConflictRefusedV1(practitionerId, "李明", "hash-dual", rival, TestIdentifiers.creditCode(),
                        "第二聘用机构", "FULL_TIME", LocalDate.of(2026, 11, 1), null, UUID.randomUUID(), employer,
                        TestIdentifiers.creditCode(), "本职聘用机构", LocalDate.of(2025, 1, 1), null, "clerk", Scenario.NOW));
        UUID item = UUID.nameUUIDFromBytes(refusal.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .queryParam("kind", "EMPLOYMENT_CONFLICT").queryParam("agencyId", rival.toString()).queryParam("limit", 100).get("/api/v1/review-queue")
                .then().statusCode(200).body("subjectId", hasItem(item.toString())));
        assertEquals(0, Events.findings(rival, "ART14-10").getInt("total"), "a refused hire is not a violation");

        // the person decides, with the reason
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(Map.of("reason", "原单位未及时办理离职"))
                .post("/api/v1/review-queue/employment-conflicts/" + item + "/decision").then().statusCode(204);
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/review-queue/employment-conflicts/" + item + "/decision").then().statusCode(404);

        // actual dual work: the employer's full-time person on the rival's contract staff list
        Scenario.awaitProjected(() -> Scenario.facts().employedAt(practitionerId, employer, Scenario.SIGNED));
        Scenario.sign(Scenario.contract(UUID.randomUUID(), rival, TestIdentifiers.creditCode(), "危险化学品",
                "EVALUATION", "45000", false, List.of(Scenario.staff(practitionerId, "项目负责人", "化工"))));
        var found = Events.awaitFindings(rival, "ART14-10");
        assertEquals(practitionerId.toString(), found.getString("items[0].subjectId"));
        assertEquals(2, found.getInt("items[0].ruleVersion"));
        assertEquals(employer.toString(), found.getString("items[0].facts.conflictingAgencyId"));
        String findingId = found.getString("items[0].id");
        // the rival reads its finding without the other agency's id
        given().auth().oauth2(Tokens.agency(rival)).get("/api/v1/findings/" + findingId).then().statusCode(200)
                .body("facts", not(hasKey("conflictingAgencyId"))).body("withheldFacts", equalTo(1))
                .body("facts.practitionerName", notNullValue());
        given().auth().oauth2(Tokens.agency(rival)).queryParam("ruleId", "ART14-10").get("/api/v1/findings").then()
                .statusCode(200).body("items[0].facts", not(hasKey("conflictingAgencyId")));
        assertEquals(0, Events.findings(employer, "ART14-10").getInt("total"));
    }
}
