package cn.safetysupervision.dashboard;

import cn.safetysupervision.events.complaint.CaseAcceptedV1;
import cn.safetysupervision.events.complaint.CaseReceivedV1;
import cn.safetysupervision.events.complaint.ClockOverdueV1;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.FindingConfirmedV1;
import cn.safetysupervision.events.compliance.FindingDismissedV1;
import cn.safetysupervision.events.compliance.ViolationFlaggedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.FollowUpOverdueV1;
import cn.safetysupervision.events.contract.RectificationConfirmationOverdueV1;
import cn.safetysupervision.events.contract.ReportOverdueV1;
import cn.safetysupervision.events.contract.WrittenNoticeOverdueV1;
import cn.safetysupervision.events.disclosure.DisclosureEvents;
import cn.safetysupervision.events.disclosure.ReportDisclosureOverdueV1;
import cn.safetysupervision.events.registry.QualificationConflictRaisedV1;
import cn.safetysupervision.events.registry.QualificationDeclaredV1;
import cn.safetysupervision.events.registry.QualificationExpiredV1;
import cn.safetysupervision.events.registry.QualificationExpiringV1;
import cn.safetysupervision.events.registry.QualificationGrantedV1;
import cn.safetysupervision.events.registry.QualificationVerifiedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One real event of each type the dashboard's feed and queues claim to show, built from the event contract's payload
 * records (so a renamed field shows up here, not as a blank column in production): the item's text carries the
 * payload's fields and the queues count down to the contract's own due fields.
 */
@QuarkusTest
class DashboardPayloadsTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void eachShownTypeReadsItsContractFields() {
        UUID agency = Events.registerAgency("临沂字段核对测试机构", "山东省临沂市兰陵县卞庄街道1号");
        LocalDate today = LocalDate.now(BEIJING);
        Instant now = Instant.now();
        UUID finding = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        UUID report = UUID.randomUUID();
        UUID qualification = UUID.randomUUID();
        // ce_id → the texts its feed item must show
        Map<String, List<String>> expected = new LinkedHashMap<>();

        expected.put(Events.produce(ComplianceEvents.VIOLATION_FLAGGED_V1, finding, new ViolationFlaggedV1(finding, agency,
                "CONTRACT", contract, "ART15-1", 2, "第十五条", "MAJOR", "未配备项目人员", "AUTOMATIC", List.of(),
                Map.of(), "system", now, "SUSPECTED", today.plusDays(14))),
                List.of("ART15-1", "第十五条", "未配备项目人员", today.plusDays(14).toString()));
        expected.put(Events.produce(ComplianceEvents.FINDING_CONFIRMED_V1, finding, new FindingConfirmedV1(finding, agency,
                "ART15-1", "MAJOR", "核实属实", false, "regulator", now)), List.of("ART15-1", "核实属实"));
        UUID other = UUID.randomUUID();
        expected.put(Events.produce(ComplianceEvents.FINDING_DISMISSED_V1, other, new FindingDismissedV1(other, agency,
                "ART14-2", "证据不足", "association", now)), List.of("ART14-2", "证据不足"));
        expected.put(Events.produce(ContractEvents.REPORT_OVERDUE_V1, contract, new ReportOverdueV1(contract, agency,
                UUID.randomUUID(), today.minusDays(1), now)), List.of(today.minusDays(1).toString()));
        expected.put(Events.produce(ContractEvents.RECTIFICATION_CONFIRMATION_OVERDUE_V1, contract,
                new RectificationConfirmationOverdueV1(contract, agency, UUID.randomUUID(), today.minusDays(2),
                        List.of(UUID.randomUUID(), UUID.randomUUID()), now)),
                List.of(today.minusDays(2).toString(), "未确认隐患 2 项"));
        expected.put(Events.produce(ContractEvents.WRITTEN_NOTICE_OVERDUE_V1, contract, new WrittenNoticeOverdueV1(contract,
                agency, UUID.randomUUID(), today.minusDays(3), today.plusDays(1), now)), List.of(today.minusDays(3).toString()));
        expected.put(Events.produce(ContractEvents.FOLLOW_UP_OVERDUE_V1, contract, new FollowUpOverdueV1(contract, agency,
                UUID.randomUUID(), today.minusDays(4), today.minusDays(30), now)), List.of(today.minusDays(4).toString()));
        expected.put(Events.produce(RegistryEvents.QUALIFICATION_EXPIRING_V1, qualification, new QualificationExpiringV1(
                qualification, "APJ-鲁-0815", agency, null, "临沂字段核对测试机构", "SAFETY_EVALUATION", List.of(), "山东省应急管理厅",
                today.minusYears(4), today.plusDays(29), "VALID", 30, 29, now)),
                List.of("APJ-鲁-0815", today.plusDays(29).toString(), "剩余 29 天"));
        UUID expiredQualification = UUID.randomUUID();
        expected.put(Events.produce(RegistryEvents.QUALIFICATION_EXPIRED_V1, expiredQualification, new QualificationExpiredV1(
                expiredQualification, "APJ-鲁-0816", agency, null, "临沂字段核对测试机构", "SAFETY_EVALUATION", List.of(),
                "山东省应急管理厅", today.minusYears(5), today.minusDays(1), "EXPIRED", today, now)),
                List.of("APJ-鲁-0816", today + " 过期"));
        expected.put(Events.produce(ComplaintEvents.RECEIVED_V1, caseId, new CaseReceivedV1(caseId, agency, "SERVICE_QUALITY",
                today.plusDays(5), now)), List.of("SERVICE_QUALITY", today.plusDays(5).toString()));
        UUID overdueCase = UUID.randomUUID();
        expected.put(Events.produce(ComplaintEvents.CLOCK_OVERDUE_V1, overdueCase, new ClockOverdueV1(overdueCase, agency,
                "TRIAGE", today.minusDays(1), now)), List.of("TRIAGE", today.minusDays(1).toString()));
        expected.put(Events.produce(DisclosureEvents.REPORT_DISCLOSURE_OVERDUE_V1, report, new ReportDisclosureOverdueV1(
                report, contract, agency, "LY-PJ-2026-007", today.minusDays(20), today.minusDays(1), now)),
                List.of("LY-PJ-2026-007", today.minusDays(1).toString()));

        JsonPath feed = await().atMost(WAIT).until(() -> given().auth().oauth2(Tokens.regulator()).queryParam("agency", agency).when().get("/api/feed").then().statusCode(200).extract().jsonPath(),
                json -> json.getList("ceId").containsAll(expected.keySet()));
        expected.forEach((ceId, texts) -> {
            String summary = feed.getString("find { it.ceId == '" + ceId + "' }.summary");
            String label = feed.getString("find { it.ceId == '" + ceId + "' }.label");
            assertTrue(!label.startsWith("其他事件"), ceId + " has a Chinese label: " + label);
            texts.forEach(text -> assertTrue(summary.contains(text), label + ": '" + summary + "' shows " + text));
        });

        JsonPath queues = given().auth().oauth2(Tokens.regulator()).queryParam("agency", agency).when()
                .get("/api/queues").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(overdueCase.toString(), caseId.toString()).stream().sorted().toList(),
                queues.getList("find { it.id == 'complaint-clocks' }.rows.collect { it[0] }", String.class).stream().sorted().toList());
        assertEquals(endOf(today.plusDays(5)), Instant.parse(queues.getString(
                "find { it.id == 'complaint-clocks' }.rows.find { it[0] == '" + caseId + "' }[3]")),
                "the triage clock counts down to the case's triageDueOn");
        assertEquals(List.of(report.toString()),
                queues.getList("find { it.id == 'disclosure-overdue' }.rows.collect { it[0] }"));
        assertEquals(4, queues.getList("find { it.id == 'overdue-work' }.rows").size(),
                "report, rectification confirmation, written notice and follow-up overdue");
        assertEquals(List.of("证据不足"), List.of(feed.getString("find { it.findingId == '" + other + "' }.payload.reason")));

        // Accepting the case moves its clock to the contract's closeDueOn.
        Events.produce(ComplaintEvents.ACCEPTED_V1, caseId, new CaseAcceptedV1(caseId, agency, "SERVICE_QUALITY",
                today.plusDays(60), "association", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(endOf(today.plusDays(60)), Instant.parse(given()
                .auth().oauth2(Tokens.regulator()).queryParam("agency", agency).when().get("/api/queues").then()
                .extract().jsonPath().getString("find { it.id == 'complaint-clocks' }.rows.find { it[0] == '" + caseId + "' }[3]"))));
    }

    @Test
    void reviewQueueCertificateBandsInspectionDueAndTheWeeklyTrendFollowTheEvents() {
        UUID agency = Events.registerAgency("临沂队列核对测试机构", "山东省临沂市平邑县平邑街道2号");
        LocalDate today = LocalDate.now(BEIJING);
        Instant now = Instant.now();
        UUID declared = UUID.randomUUID();
        Events.produce(RegistryEvents.QUALIFICATION_DECLARED_V1, declared, new QualificationDeclaredV1(declared, "DECL-0001",
                agency, null, "临沂队列核对测试机构", "SAFETY_EVALUATION", List.of(), "山东省应急管理厅", today.minusYears(1),
                today.plusYears(3), "PENDING_VERIFICATION", "ab".repeat(32), "agency", now));
        UUID conflicting = UUID.randomUUID();
        Events.produce(RegistryEvents.QUALIFICATION_CONFLICT_RAISED_V1, conflicting, new QualificationConflictRaisedV1(
                conflicting, "CONF-0002", agency, null, "临沂队列核对测试机构", UUID.randomUUID(), UUID.randomUUID(), "VALID", now));
        for (int days : List.of(100, 60)) {
            UUID granted = UUID.randomUUID();
            Events.produce(RegistryEvents.QUALIFICATION_GRANTED_V1, granted, new QualificationGrantedV1(granted,
                    "GRANT-" + days, agency, null, "临沂队列核对测试机构", "TESTING_INSPECTION", List.of(), "山东省应急管理厅",
                    today.minusYears(4), today.plusDays(days), "VALID", "regulator", now));
        }
        UUID finding = Events.flag(agency, "ART14-3", List.of());

        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath queues = given().auth().oauth2(Tokens.regulator()).queryParam("agency", agency).when()
                    .get("/api/queues").then().statusCode(200).extract().jsonPath();
            assertEquals(Set.of("DECL-0001:申报待核验", "CONF-0002:资质冲突"), Set.copyOf(
                    queues.getList("find { it.id == 'review-certificates' }.rows.collect { it[0] + ':' + it[2] }", String.class)));
            assertEquals(List.of("GRANT-60:90 天内", "GRANT-100:120 天内"),
                    queues.getList("find { it.id == 'certificates-expiring' }.rows.collect { it[0] + ':' + it[4] }"));
            assertEquals(1, queues.getList("find { it.id == 'review-findings' }.rows").size(), "the suspected finding");
            assertTrue(queues.getString("find { it.id == 'review-findings' }.rows[0][0]").startsWith("ART14-3"));
            assertEquals(List.of("临沂队列核对测试机构:从未抽查"),
                    queues.getList("find { it.id == 'inspection-due' }.rows.collect { it[0] + ':' + it[3] }"));
        });
        List<List<String>> weeks = given().auth().oauth2(Tokens.regulator()).when().get("/api/tables/weekly").then()
                .statusCode(200).extract().jsonPath().getList("rows");
        assertEquals(12, weeks.size(), "twelve weeks");
        assertTrue(Long.parseLong(weeks.get(11).get(1)) >= 1, "this week's flagged findings count the new one: " + weeks.get(11));

        // Verified by a regulator, the declaration leaves the review queue.
        Events.produce(RegistryEvents.QUALIFICATION_VERIFIED_V1, declared, new QualificationVerifiedV1(declared, "DECL-0001",
                agency, null, "临沂队列核对测试机构", "SAFETY_EVALUATION", List.of(), "山东省应急管理厅", today.minusYears(1),
                today.plusYears(3), "VALID", "regulator", "核验一致", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("CONF-0002"), given().auth().oauth2(Tokens.regulator())
                .queryParam("agency", agency).when().get("/api/queues").then().extract().jsonPath()
                .getList("find { it.id == 'review-certificates' }.rows.collect { it[0] }")));
        assertEquals(finding.toString(), given().auth().oauth2(Tokens.regulator()).queryParam("agency", agency).when()
                .get("/api/feed").then().extract().jsonPath().getString("find { it.findingId != null }.findingId"));
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BEIJING).toInstant();
    }
}
