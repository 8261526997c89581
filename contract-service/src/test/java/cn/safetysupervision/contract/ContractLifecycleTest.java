package cn.safetysupervision.contract;

import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ContractLifecycleTest {

    private static final String TOPIC = ContractEvents.CONTRACT_TOPIC.name();
    private static TestRegistry.Agency agency;

    /** Once per class, after the application is up (a static @BeforeAll may run before it starts). */
    @BeforeEach
    void registry() {
        if (agency != null) {
            return;
        }
        agency = TestRegistry.agencyWithStaff();
    }

    private static io.restassured.specification.RequestSpecification asAgency() {
        return given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/json");
    }

    @Test
    void fullLifeCycleEmitsEveryEventWithWhatComplianceNeeds() {
        Map<String, Object> terms = TestContracts.terms(agency, true);
        Response draft = TestContracts.createDraft(agency, terms);
        draft.then().statusCode(201).body("status", equalTo("DRAFT")).body("feeTotal", equalTo(42000.50f))
                .body("staffing", hasSize(4)).body("staffing[0].employmentType", equalTo("FULL_TIME"));
        String id = draft.path("id");

        // 2026-12-01 + 20 working days (no holidays in between) = 2026-12-29; notice 7 working days before 12-14 = 12-03.
        Response signed = asAgency().header("If-Match", draft.header("ETag")).body(Map.of("signedDate", "2026-12-01"))
                .post("/api/v1/contracts/" + id + "/sign");
        signed.then().statusCode(200).body("status", equalTo("SIGNED"))
                .body("reportDueDate", equalTo("2026-12-29"))
                .body("writtenNoticeDueDate", equalTo("2026-12-03"))
                .body("deadlines.kind", hasItem("REPORT"));
        ReceivedEvent signedEvent = EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.SIGNED_V1.type(), id);
        assertEquals(agency.agencyId().toString(), signedEvent.data().path("agencyId").asText());
        assertEquals("危险化学品", signedEvent.data().path("client").path("industry").asText());
        assertEquals(4, signedEvent.data().path("staffing").size());
        assertEquals(agency.lead(0).credentialNumber(), signedEvent.data().path("staffing").get(0).path("credentialNumber").asText());
        assertEquals("SAFETY_ASSESSOR", signedEvent.data().path("staffing").get(0).path("credentialType").asText());
        assertEquals(42000.50, signedEvent.data().path("feeTotal").asDouble());
        assertEquals("client.address", signedEvent.data().path("confidentialFields").get(0).asText());

        asAgency().body(Map.of("authority", "临沂市应急管理局", "noticeDate", "2026-12-02", "documentSha256", "a".repeat(64)))
                .post("/api/v1/contracts/" + id + "/written-notices").then().statusCode(201);
        EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.WRITTEN_NOTICE_FILED_V1.type(), id);

        asAgency().body(Map.of("startedAt", "2026-12-02T01:00:00Z", "address", "临沂市河东区化工园 8 号",
                        "latitude", 35.1, "longitude", 118.4,
                        "practitionerIds", List.of(agency.lead(0).practitionerId(), agency.lead(1).practitionerId())))
                .post("/api/v1/contracts/" + id + "/site-visits").then().statusCode(201);
        ReceivedEvent visit = EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.SITE_VISIT_RECORDED_V1.type(), id);
        assertEquals(2, visit.data().path("practitionerIds").size());
        asAgency().get("/api/v1/contracts/" + id).then().body("status", equalTo("IN_PROGRESS"));

        Response hazard = asAgency().body(Map.of("description", "储罐区未设置可燃气体报警", "location", "储罐区",
                "severity", "MAJOR", "advice", "加装可燃气体检测报警装置", "rectificationDueDate", "2027-01-15"))
                .post("/api/v1/contracts/" + id + "/hazards");
        hazard.then().statusCode(201).body("status", equalTo("OPEN"));
        String hazardId = hazard.path("id");
        String hazardTag = asAgency().get("/api/v1/contracts/" + id + "/hazards/" + hazardId).header("ETag");
        Response rectified = asAgency().header("If-Match", hazardTag).body(Map.of("rectifiedDate", "2026-12-20"))
                .post("/api/v1/contracts/" + id + "/hazards/" + hazardId + "/rectification");
        rectified.then().statusCode(200).body("status", equalTo("RECTIFIED"));
        asAgency().header("If-Match", rectified.header("ETag")).body(Map.of("confirmedDate", "2026-12-22"))
                .post("/api/v1/contracts/" + id + "/hazards/" + hazardId + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.HAZARD_CONFIRMED_V1.type(), id);

        Map<String, Object> report = Map.of("reportNumber", "AP-2026-001", "reportType", "安全现状评价报告",
                "issueDate", "2026-12-28", "summary", "共发现重大隐患一项，已整改并复核。",
                "hazardIds", List.of(hazardId),
                "signatories", List.of(
                        Map.of("practitionerId", agency.lead(0).practitionerId(), "role", "TEAM_LEAD", "credentialNumber", agency.lead(0).credentialNumber()),
                        Map.of("practitionerId", agency.lead(2).practitionerId(), "role", "FINAL_REVIEWER", "credentialNumber", agency.lead(2).credentialNumber()),
                        Map.of("practitionerId", agency.lead(3).practitionerId(), "role", "EVALUATOR", "credentialNumber", agency.lead(3).credentialNumber())));
        asAgency().body(report).post("/api/v1/contracts/" + id + "/report").then().statusCode(201)
                .body("disclosureDueDate", equalTo("2027-01-05")); // 12-28 + 5 working days, 元旦 2027-01-01 off
        ReceivedEvent submitted = EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.REPORT_SUBMITTED_V1.type(), id);
        assertEquals(3, submitted.data().path("signatories").size());
        assertEquals("TEAM_LEAD", submitted.data().path("signatories").get(0).path("role").asText());
        assertTrue(submitted.data().path("summary").asText().contains("重大隐患"));
        // disclosure-service judges timeliness by the same working-day due date (Art. 11).
        assertEquals("2027-01-05", submitted.data().path("disclosureDueOn").asText());
        asAgency().body(report).post("/api/v1/contracts/" + id + "/report").then().statusCode(409);

        Response afterReport = asAgency().get("/api/v1/contracts/" + id);
        afterReport.then().body("status", equalTo("REPORT_SUBMITTED"))
                .body("deadlines.find { it.kind == 'REPORT' }.satisfiedAt", org.hamcrest.Matchers.notNullValue())
                .body("deadlines.find { it.kind == 'RECTIFICATION_CONFIRMATION' }.satisfiedAt", org.hamcrest.Matchers.notNullValue());
        asAgency().header("If-Match", afterReport.header("ETag")).body(Map.of("completedDate", "2026-12-02"))
                .post("/api/v1/contracts/" + id + "/complete").then().statusCode(200).body("status", equalTo("COMPLETED"));
        ReceivedEvent completed = EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.COMPLETED_V1.type(), id);
        assertEquals("2027-01-01", completed.data().path("followUpDueDate").asText()); // 12-02 + 30 days

        // a follow-up day is a typed date too (issue 14): not in the future
        asAgency().body(Map.of("visitDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString(),
                        "practitionerIds", List.of(agency.lead(0).practitionerId()), "findings", "整改措施持续有效"))
                .post("/api/v1/contracts/" + id + "/follow-ups").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("visitDate"));
        asAgency().body(Map.of("visitDate", "2026-12-02", "practitionerIds", List.of(agency.lead(0).practitionerId()),
                "findings", "整改措施持续有效")).post("/api/v1/contracts/" + id + "/follow-ups").then().statusCode(201)
                .body("recordedAt", org.hamcrest.Matchers.notNullValue());
        EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.FOLLOW_UP_RECORDED_V1.type(), id);
    }

    @Test
    void signingRequiresTheThreeLeads() {
        Response draft = TestContracts.createDraft(agency, TestContracts.terms(agency, false));
        draft.then().statusCode(201);
        String id = draft.path("id");
        asAgency().header("If-Match", draft.header("ETag")).body(Map.of("signedDate", "2026-12-01"))
                .post("/api/v1/contracts/" + id + "/sign")
                .then().statusCode(422).body("detail", containsString("PROCESS_CONTROL_LEAD"))
                .body("detail", containsString("QUALITY_LEAD"));
        asAgency().get("/api/v1/contracts/" + id).then().body("status", equalTo("DRAFT")).body("deadlines", hasSize(0));
    }

    @Test
    void amendmentCarriesTheFullTermsAndTheChangedFields() {
        String id = TestContracts.signed(agency, TestContracts.terms(agency, true), "2026-12-01");
        Map<String, Object> terms = TestContracts.terms(agency, true);
        asAgency().get("/api/v1/contracts/" + id).then().statusCode(200);
        terms.put("contractNumber", asAgency().get("/api/v1/contracts/" + id).path("contractNumber"));
        terms.put("client", asAgency().get("/api/v1/contracts/" + id).path("client"));
        terms.put("scope", "安全现状评价（含重大危险源辨识）");
        asAgency().header("If-Match", TestContracts.etag(agency, id)).body(Map.of("terms", terms, "reason", "扩大评价范围"))
                .post("/api/v1/contracts/" + id + "/amendments").then().statusCode(200);
        ReceivedEvent amended = EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.AMENDED_V1.type(), id);
        assertEquals("安全现状评价（含重大危险源辨识）", amended.data().path("scope").asText());
        assertTrue(amended.data().path("changedFields").toString().contains("scope"));
        assertEquals(4, amended.data().path("staffing").size());
    }

    @Test
    void cancellationStopsTheDeadlines() {
        String id = TestContracts.signed(agency, TestContracts.terms(agency, true), "2026-12-01");
        asAgency().header("If-Match", TestContracts.etag(agency, id)).body(Map.of("reason", "委托方取消"))
                .post("/api/v1/contracts/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("deadlines.satisfiedAt", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
        ReceivedEvent cancelled = EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.CANCELLED_V1.type(), id);
        assertEquals("SIGNED", cancelled.data().path("previousStatus").asText());
        asAgency().header("If-Match", TestContracts.etag(agency, id)).body(Map.of("reason", "again"))
                .post("/api/v1/contracts/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void malformedTermsAreRefusedAndNothingIsStored() {
        long before = countContracts();
        Map<String, Object> badCode = TestContracts.terms(agency, true);
        ((Map<String, Object>) badCode.get("client")).put("creditCode", TestIdentifiers.withWrongCheckCharacter(TestIdentifiers.creditCode()));
        TestContracts.createDraft(agency, badCode).then().statusCode(400).body("errors.field", hasItem("client.creditCode"));

        Map<String, Object> badTotal = TestContracts.terms(agency, true);
        badTotal.put("feeTotal", 1.00);
        TestContracts.createDraft(agency, badTotal).then().statusCode(400).body("errors.field", hasItem("feeTotal"));

        Map<String, Object> bothDue = TestContracts.terms(agency, true);
        bothDue.put("reportDue", Map.of("date", "2027-01-01", "workingDays", 5));
        TestContracts.createDraft(agency, bothDue).then().statusCode(400).body("errors.field", hasItem("reportDue"));

        Map<String, Object> noDue = TestContracts.terms(agency, true);
        noDue.remove("reportDue");
        TestContracts.createDraft(agency, noDue).then().statusCode(400);

        Map<String, Object> foreignCredential = TestContracts.terms(agency, true);
        foreignCredential.put("staffing", List.of(Map.of("role", "TECHNICAL_LEAD",
                "practitionerId", agency.lead(0).practitionerId().toString(),
                "credentialId", agency.lead(1).credentialId().toString())));
        TestContracts.createDraft(agency, foreignCredential).then().statusCode(400)
                .body("errors.field", hasItem("staffing[0].credentialId"));

        Map<String, Object> unknownPractitioner = TestContracts.terms(agency, true);
        unknownPractitioner.put("staffing", List.of(Map.of("role", "TECHNICAL_LEAD",
                "practitionerId", UUID.randomUUID().toString(), "credentialId", UUID.randomUUID().toString())));
        TestContracts.createDraft(agency, unknownPractitioner).then().statusCode(400);

        Map<String, Object> badConfidential = TestContracts.terms(agency, true);
        badConfidential.put("confidentialFields", List.of("password"));
        TestContracts.createDraft(agency, badConfidential).then().statusCode(400).body("errors.field", hasItem("confidentialFields"));

        Map<String, Object> badRole = TestContracts.terms(agency, true);
        badRole.put("serviceType", "BAKING");
        TestContracts.createDraft(agency, badRole).then().statusCode(400);

        Map<String, Object> unknownField = TestContracts.terms(agency, true);
        unknownField.put("discount", 5);
        TestContracts.createDraft(agency, unknownField).then().statusCode(400);

        assertEquals(before, countContracts());
    }

    @Test
    void duplicateContractNumberConflictsAndIdempotencyKeyReplays() {
        Map<String, Object> terms = TestContracts.terms(agency, true);
        String key = UUID.randomUUID().toString();
        String first = asAgency().header("Idempotency-Key", key).body(terms).post("/api/v1/contracts")
                .then().statusCode(201).extract().path("id");
        String replay = asAgency().header("Idempotency-Key", key).body(terms).post("/api/v1/contracts")
                .then().statusCode(201).extract().path("id");
        assertEquals(first, replay);
        TestContracts.createDraft(agency, terms).then().statusCode(409);
    }

    /** Issue 14: the signing day an agency types is bounded; older facts are a regulator's, with a reason. */
    @Test
    void aBackdatedSigningDayIs422ForAnAgencyAndAcceptedWithAReasonForARegulator() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Response draft = TestContracts.createDraft(agency, TestContracts.terms(agency, true));
        String id = draft.path("id");
        String sign = "/api/v1/contracts/" + id + "/sign";
        asAgency().header("If-Match", draft.header("ETag")).body(Map.of("signedDate", today.minusDays(31).toString()))
                .post(sign).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("signedDate"));
        asAgency().header("If-Match", draft.header("ETag")).body(Map.of("signedDate", today.plusDays(1).toString()))
                .post(sign).then().statusCode(422);
        // an old day with a reason is still not the agency's to type
        asAgency().header("If-Match", draft.header("ETag"))
                .body(Map.of("signedDate", today.minusDays(200).toString(), "backdatingReason", "补录"))
                .post(sign).then().statusCode(422);
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").header("If-Match", draft.header("ETag"))
                .body(Map.of("signedDate", today.minusDays(200).toString())).post(sign).then().statusCode(422);
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").header("If-Match", draft.header("ETag"))
                .body(Map.of("signedDate", today.minusDays(200).toString(), "backdatingReason", "执法检查发现的纸质合同"))
                .post(sign).then().statusCode(200).body("signedDate", equalTo(today.minusDays(200).toString()))
                .body("signedDateReason", equalTo("执法检查发现的纸质合同"))
                .body("signedRecordedAt", org.hamcrest.Matchers.notNullValue());
        // within the grace period an agency signs as before, and the recording time is kept beside the day
        Response other = TestContracts.createDraft(agency, TestContracts.terms(agency, true));
        asAgency().header("If-Match", other.header("ETag")).body(Map.of("signedDate", today.minusDays(30).toString()))
                .post("/api/v1/contracts/" + other.path("id") + "/sign").then().statusCode(200)
                .body("signedRecordedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aSiteVisitDatedBeyondTheGraceIs422ForAnAgencyAndAcceptedWithAReasonForARegulator() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String id = TestContracts.signedLongAgo(agency, TestContracts.terms(agency, true), today.minusDays(200).toString());
        String visits = "/api/v1/contracts/" + id + "/site-visits";
        String old = today.minusDays(40) + "T01:00:00Z";
        Map<String, Object> visit = Map.of("startedAt", old, "address", "临沂市河东区化工园 8 号",
                "practitionerIds", List.of(agency.lead(0).practitionerId()));
        asAgency().body(visit).post(visits).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("startedAt"));
        asAgency().body(Map.of("startedAt", today.plusDays(2) + "T01:00:00Z", "address", "临沂市河东区化工园 8 号",
                "practitionerIds", List.of(agency.lead(0).practitionerId()))).post(visits).then().statusCode(422);
        Map<String, Object> withReason = new java.util.HashMap<>(visit);
        withReason.put("backdatingReason", "补录");
        asAgency().body(withReason).post(visits).then().statusCode(422); // a reason does not make it the agency's to type
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").body(visit).post(visits)
                .then().statusCode(422);
        withReason.put("backdatingReason", "执法检查调取的现场记录");
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").body(withReason).post(visits)
                .then().statusCode(201).body("backdatingReason", equalTo("执法检查调取的现场记录"))
                .body("recordedAt", org.hamcrest.Matchers.notNullValue());
        // within the grace an agency records as before
        asAgency().body(Map.of("startedAt", today.minusDays(29) + "T01:00:00Z", "address", "临沂市河东区化工园 8 号",
                "practitionerIds", List.of(agency.lead(0).practitionerId()))).post(visits).then().statusCode(201);
    }

    @Test
    void changesNeedTheCurrentEntityTag() {
        Response draft = TestContracts.createDraft(agency, TestContracts.terms(agency, true));
        String id = draft.path("id");
        asAgency().body(Map.of("signedDate", "2026-12-01")).post("/api/v1/contracts/" + id + "/sign").then().statusCode(428);
        asAgency().header("If-Match", "\"999\"").body(Map.of("signedDate", "2026-12-01"))
                .post("/api/v1/contracts/" + id + "/sign").then().statusCode(412);
        Map<String, Object> edited = TestContracts.terms(agency, true);
        edited.put("scope", "安全预评价");
        asAgency().header("If-Match", draft.header("ETag")).body(edited).put("/api/v1/contracts/" + id)
                .then().statusCode(200).body("scope", equalTo("安全预评价"));
        asAgency().header("If-Match", draft.header("ETag")).body(edited).put("/api/v1/contracts/" + id).then().statusCode(412);
    }

    @Test
    void agenciesSeeOnlyTheirOwnContractsSupervisorsSeeAll() {
        String id = TestContracts.signed(agency, TestContracts.terms(agency, true), "2026-12-01");
        UUID stranger = UUID.randomUUID();
        given().auth().oauth2(Tokens.agency(stranger)).get("/api/v1/contracts/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agency(stranger)).get("/api/v1/contracts/" + id + "/hazards").then().statusCode(404);
        given().auth().oauth2(Tokens.agency(stranger)).contentType("application/json")
                .body(Map.of("reason", "x")).header("If-Match", "*").post("/api/v1/contracts/" + id + "/cancel").then().statusCode(404);
        given().auth().oauth2(Tokens.agency(stranger)).get("/api/v1/contracts").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/contracts/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.association()).get("/api/v1/contracts?agencyId=" + agency.agencyId() + "&size=1000")
                .then().statusCode(200).body("size", equalTo(100));
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").body(TestContracts.terms(agency, true))
                .post("/api/v1/contracts").then().statusCode(403);
        given().get("/api/v1/contracts/" + id).then().statusCode(401);
    }

    private static long countContracts() {
        return ((Number) given().auth().oauth2(Tokens.agency(agency.agencyId())).get("/api/v1/contracts").path("total")).longValue();
    }
}
