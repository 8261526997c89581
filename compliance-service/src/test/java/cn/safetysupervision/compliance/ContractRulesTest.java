package cn.safetysupervision.compliance;

import cn.safetysupervision.events.contract.ContractCompletedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.FollowUpOverdueV1;
import cn.safetysupervision.events.contract.FollowUpRecordedV1;
import cn.safetysupervision.events.contract.RectificationConfirmationOverdueV1;
import cn.safetysupervision.events.contract.ReportOverdueV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.SignatoryV1;
import cn.safetysupervision.events.contract.SiteVisitRecordedV1;
import cn.safetysupervision.events.contract.WrittenNoticeFiledV1;
import cn.safetysupervision.events.contract.WrittenNoticeOverdueV1;
import cn.safetysupervision.events.registry.QualificationExpiredV1;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules fed by contract-service's events (and the registry facts they are judged against), through the broker.
 * Each test produces clean contracts first and offending ones after, on the same topic: once the offending ones
 * have findings, the clean ones were judged too, and must have none.
 */
@QuarkusTest
class ContractRulesTest {

    private static final String HAZCHEM = "危险化学品";
    private static final String SUMMARY = "经现场检查，该企业储罐区防火堤存在裂缝，可燃气体检测报警装置未定期检定，"
            + "部分作业人员未持证上岗，应急预案未按规定组织演练，安全管理制度与实际操作不符，建议限期整改并加强培训。";

    /** Rule id → subject ids of the agency's findings. */
    private static Map<String, Set<String>> findingsBySubject(UUID agencyId) {
        JsonPath all = given().auth().oauth2(Tokens.regulator()).queryParam("agencyId", agencyId).queryParam("size", 100)
                .when().get("/api/v1/findings").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = all.getList("items");
        return items.stream().collect(Collectors.groupingBy(i -> (String) i.get("ruleId"),
                Collectors.mapping(i -> (String) i.get("subjectId"), Collectors.toSet())));
    }

    private static Map<String, Set<String>> awaitRules(UUID agencyId, Set<String> rules) {
        await().atMost(Duration.ofSeconds(40)).until(() -> findingsBySubject(agencyId).keySet().containsAll(rules));
        return findingsBySubject(agencyId);
    }

    @Test
    void signingRulesFireOnOffendingContractsOnly() {
        String industry = HAZCHEM + UUID.randomUUID().toString().substring(0, 6);
        var a = Scenario.preparedAgency("签约规则机构", industry);
        given().auth().oauth2(Tokens.association()).contentType(ContentType.JSON).body("{\"amount\":50000}")
                .when().put("/api/v1/reference-prices/EVALUATION/" + industry).then().statusCode(201);
        UUID outsider = UUID.randomUUID();
        var good = List.of(Scenario.staff(a.lead(), "PROJECT_LEAD", industry), Scenario.staff(a.member(), "MEMBER", null));

        UUID clean = UUID.randomUUID();
        Scenario.sign(Scenario.contract(clean, a.id(), TestIdentifiers.creditCode(), industry, "EVALUATION", "45000", false, good));
        UUID beyondScope = UUID.randomUUID();
        Scenario.sign(Scenario.contract(beyondScope, a.id(), TestIdentifiers.creditCode(), industry, "TESTING", "45000", false, good));
        UUID subcontracted = UUID.randomUUID();
        Scenario.sign(Scenario.contract(subcontracted, a.id(), TestIdentifiers.creditCode(), industry, "EVALUATION", "45000", false,
                List.of(Scenario.staff(a.lead(), "PROJECT_LEAD", null), Scenario.staff(outsider, "MEMBER", null))));
        UUID noStaffList = UUID.randomUUID();
        Scenario.sign(Scenario.contract(noStaffList, a.id(), TestIdentifiers.creditCode(), industry, "EVALUATION", "45000", false, List.of()));
        UUID wrongIndustry = UUID.randomUUID();
        Scenario.sign(Scenario.contract(wrongIndustry, a.id(), TestIdentifiers.creditCode(), industry, "EVALUATION", "45000", false,
                List.of(Scenario.staff(a.lead(), "PROJECT_LEAD", "非煤矿山"))));
        UUID underpriced = UUID.randomUUID();
        String underpricedEvent = Scenario.sign(Scenario.contract(underpriced, a.id(), TestIdentifiers.creditCode(), industry,
                "EVALUATION", "30000", false, good));
        // The same signing redelivered: still one finding.
        Events.produce(ContractEvents.SIGNED_V1, underpriced, Scenario.contract(underpriced, a.id(),
                TestIdentifiers.creditCode(), industry, "EVALUATION", "30000", false, good), underpricedEvent);

        var found = awaitRules(a.id(), Set.of("ART14-3", "ART14-5", "ART15-1", "ART15-3", "ART16-1"));
        assertEquals(Set.of(beyondScope.toString()), found.get("ART14-3"));
        assertEquals(Set.of(subcontracted.toString()), found.get("ART14-5"));
        assertEquals(Set.of(noStaffList.toString()), found.get("ART15-1"));
        assertEquals(Set.of(wrongIndustry.toString()), found.get("ART15-3"));
        assertEquals(Set.of(underpriced.toString()), found.get("ART16-1"));
        // The prepared agency has a valid qualification and a commitment letter.
        assertEquals(null, found.get("ART14-2"));
        assertEquals(null, found.get("ART15-2"));
        found.values().forEach(subjects -> assertEquals(false, subjects.contains(clean.toString()), "clean contract: " + found));
        JsonPath underpricing = Events.findings(a.id(), "ART16-1");
        assertEquals(1, underpricing.getInt("total"));
        assertEquals("35000.00", underpricing.getString("items[0].facts.floor"));
        assertEquals(List.of(underpricedEvent), underpricing.getList("items[0].triggeringEventIds"));

        // An agency without any qualification or commitment letter.
        UUID bare = TestAgencies.registered("无资质机构");
        UUID unqualified = UUID.randomUUID();
        Scenario.sign(Scenario.contract(unqualified, bare, TestIdentifiers.creditCode(), industry, "EVALUATION", "45000", false, List.of()));
        var bareFound = awaitRules(bare, Set.of("ART14-2", "ART15-2"));
        assertEquals(Set.of(unqualified.toString()), bareFound.get("ART14-2"));
        assertEquals(null, bareFound.get("ART14-3"), "no valid qualification is ART14-2, not ART14-3");
    }

    @Test
    void aCredentialAtWorkForTwoAgenciesAtOnceIsFlaggedOnTheContractThatAddsTheSecond() {
        var lender = Scenario.preparedAgency("出借证书机构", HAZCHEM);
        var borrower = Scenario.preparedAgency("借用证书机构", HAZCHEM);
        var lenderLead = Scenario.staff(lender.lead(), "PROJECT_LEAD", HAZCHEM);
        // The lender's own contracts naming its lead twice: one agency, no finding.
        UUID own = UUID.randomUUID();
        UUID ownAgain = UUID.randomUUID();
        Scenario.sign(Scenario.contract(own, lender.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false, List.of(lenderLead)));
        Scenario.sign(Scenario.contract(ownAgain, lender.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false, List.of(lenderLead)));
        // The borrower's clean contract, with its own staff.
        UUID clean = UUID.randomUUID();
        Scenario.sign(Scenario.contract(clean, borrower.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false,
                List.of(Scenario.staff(borrower.lead(), "PROJECT_LEAD", HAZCHEM))));
        // Contracts of different ids may be on different partitions: the borrower's offending contract comes after
        // the lender's are projected.
        Scenario.awaitProjected(() -> Scenario.facts().contract(own).isPresent() && Scenario.facts().contract(ownAgain).isPresent()
                && Scenario.facts().contract(clean).isPresent());
        UUID borrowed = UUID.randomUUID();
        Scenario.sign(Scenario.contract(borrowed, borrower.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false,
                List.of(Scenario.staff(borrower.lead(), "PROJECT_LEAD", HAZCHEM), Scenario.staff(lender.lead(), "MEMBER", HAZCHEM))));

        var found = awaitRules(borrower.id(), Set.of("ART14-4"));
        assertEquals(Set.of(borrowed.toString()), found.get("ART14-4"));
        String uses = Events.findings(borrower.id(), "ART14-4").getString("items[0].facts.credentialsOnOpenContractsOfOtherAgencies");
        assertTrue(uses.contains(lenderLead.credentialNumber()) && uses.contains(lender.id().toString()), uses);
        assertEquals(0, Events.findings(lender.id(), "ART14-4").getInt("total"));
    }

    private static ReportSubmittedV1 report(UUID contractId, UUID agencyId, UUID signatory, String summary) {
        return new ReportSubmittedV1(UUID.randomUUID(), contractId, agencyId, "BG-" + contractId.toString().substring(0, 8),
                "SAFETY_STATUS_EVALUATION", Scenario.SIGNED.plusDays(30),
                List.of(new SignatoryV1(signatory, "签字人", "PROJECT_LEAD", "S-1")), summary, List.of(), "agency-user",
                Instant.now(), null);
    }

    private static SiteVisitRecordedV1 visit(UUID contractId, UUID agencyId, Instant startedAt, UUID... attendees) {
        return new SiteVisitRecordedV1(UUID.randomUUID(), contractId, agencyId, startedAt, startedAt.plusSeconds(7200),
                "山东省临沂市河东区", 35.1, 118.4, List.of(attendees), "现场勘查", "agency-user", Scenario.NOW);
    }

    @Test
    void art14Item13CountsAnAgencysNoticeFromItsRecordingDayAndSaysWhichDayItUsed() {
        var a = Scenario.preparedAgency("补录告知机构", HAZCHEM);
        var staff = List.of(Scenario.staff(a.lead(), "PROJECT_LEAD", HAZCHEM));
        Instant siteDay = Instant.parse("2026-11-25T01:00:00Z");
        LocalDate typed = LocalDate.of(2026, 11, 21);
        // The agency typed a notice date before the visit but recorded the notice only after it: unverifiable.
        UUID backdated = UUID.randomUUID();
        Scenario.sign(Scenario.contract(backdated, a.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", true, staff));
        Events.produce(ContractEvents.WRITTEN_NOTICE_FILED_V1, backdated, new WrittenNoticeFiledV1(UUID.randomUUID(),
                backdated, a.id(), "临沂市应急管理局", typed, "b".repeat(64), LocalDate.of(2026, 11, 25), null,
                "agency-user", Scenario.NOW, null));
        Events.produce(ContractEvents.SITE_VISIT_RECORDED_V1, backdated, visit(backdated, a.id(), siteDay, a.lead()));
        // The same dates recorded by the regulator: its date is the authority's word.
        UUID byAuthority = UUID.randomUUID();
        Scenario.sign(Scenario.contract(byAuthority, a.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", true, staff));
        Events.produce(ContractEvents.WRITTEN_NOTICE_FILED_V1, byAuthority, new WrittenNoticeFiledV1(UUID.randomUUID(),
                byAuthority, a.id(), "临沂市应急管理局", typed, "b".repeat(64), LocalDate.of(2026, 11, 25), null,
                "regulator-user", Scenario.NOW, true));
        Events.produce(ContractEvents.SITE_VISIT_RECORDED_V1, byAuthority, visit(byAuthority, a.id(), siteDay, a.lead()));
        // A report signed by someone off the staff list (ART14-8) marks that the visit before it was judged.
        Events.produce(ContractEvents.REPORT_SUBMITTED_V1, byAuthority, report(byAuthority, a.id(), a.member(), "报告"));

        var found = awaitRules(a.id(), Set.of("ART14-13", "ART14-8"));
        await().atMost(Duration.ofSeconds(40)).until(() -> findingsBySubject(a.id()).getOrDefault("ART14-8", Set.of())
                .contains(byAuthority.toString()));
        found = findingsBySubject(a.id());
        assertEquals(Set.of(backdated.toString()), found.get("ART14-13"));
        JsonPath skipped = Events.findings(a.id(), "ART14-13");
        assertEquals("recordedAt", skipped.getString("items[0].facts.writtenNoticeDateUsed"));
        assertEquals("2026-11-21", skipped.getString("items[0].facts.writtenNoticeTypedOn"));
        assertEquals("2026-11-28", skipped.getString("items[0].facts.writtenNoticeOn"));
        assertEquals(2, skipped.getInt("items[0].ruleVersion"));
    }

    @Test
    void serviceProcessAndReportRulesFireOnOffendingContractsOnly() {
        var a = Scenario.preparedAgency("过程规则机构", HAZCHEM);
        var staff = List.of(Scenario.staff(a.lead(), "PROJECT_LEAD", HAZCHEM));
        Instant siteDay = Instant.parse("2026-11-25T01:00:00Z");

        // Clean: written notice, then a site visit with the lead, then the report the lead signs.
        UUID clean = UUID.randomUUID();
        String cleanClient = TestIdentifiers.creditCode();
        Scenario.sign(Scenario.contract(clean, a.id(), cleanClient, HAZCHEM, "EVALUATION", "45000", true, staff));
        Events.produce(ContractEvents.WRITTEN_NOTICE_FILED_V1, clean, new WrittenNoticeFiledV1(UUID.randomUUID(), clean,
                a.id(), "临沂市应急管理局", LocalDate.of(2026, 11, 21), "b".repeat(64), LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 23), "agency-user", Instant.parse("2026-11-21T02:00:00Z"), null));
        Events.produce(ContractEvents.SITE_VISIT_RECORDED_V1, clean, visit(clean, a.id(), siteDay, a.lead()));
        Events.produce(ContractEvents.REPORT_SUBMITTED_V1, clean, report(clean, a.id(), a.lead(), SUMMARY));
        // Another client, a different text: not a near-duplicate.
        UUID original = UUID.randomUUID();
        Scenario.sign(Scenario.contract(original, a.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false, staff));
        Events.produce(ContractEvents.REPORT_SUBMITTED_V1, original, report(original, a.id(), a.lead(),
                "本次检测对锅炉、压力容器及压力管道进行了全面检验，安全阀校验合格，压力表均在检定有效期内，未发现重大隐患，一般隐患三项已当场整改完毕。"));

        // Site visit before any written notice: a skipped procedure.
        UUID noNotice = UUID.randomUUID();
        Scenario.sign(Scenario.contract(noNotice, a.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", true, staff));
        Events.produce(ContractEvents.SITE_VISIT_RECORDED_V1, noNotice, visit(noNotice, a.id(), siteDay, a.lead()));
        // Report with nobody on site, signed by someone who is not on the project staff.
        UUID absent = UUID.randomUUID();
        Scenario.sign(Scenario.contract(absent, a.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", true, staff));
        Events.produce(ContractEvents.REPORT_SUBMITTED_V1, absent, report(absent, a.id(), a.member(), "报告"));
        // The clean report's summary for another client, with a handful of characters changed.
        UUID copied = UUID.randomUUID();
        Scenario.sign(Scenario.contract(copied, a.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false, staff));
        Events.produce(ContractEvents.REPORT_SUBMITTED_V1, copied, report(copied, a.id(), a.lead(),
                SUMMARY.replace("储罐区", "罐区").replace("加强培训", "加强教育培训")));

        var found = awaitRules(a.id(), Set.of("ART14-13", "ART14-7", "ART14-8", "ART17-4"));
        assertEquals(Set.of(noNotice.toString()), found.get("ART14-13"));
        assertEquals(Set.of(absent.toString()), found.get("ART14-7"));
        assertEquals(Set.of(absent.toString()), found.get("ART14-8"));
        assertEquals(Set.of(copied.toString()), found.get("ART17-4"));
        found.values().forEach(subjects -> assertEquals(false,
                subjects.contains(clean.toString()) || subjects.contains(original.toString()), "clean contracts: " + found));
        JsonPath plagiarism = Events.findings(a.id(), "ART17-4");
        assertEquals(clean.toString(), plagiarism.getString("items[0].facts.similarContractId"));
    }

    @Test
    void missedDeadlinesFireOnTheirEventsOnly() {
        var a = Scenario.preparedAgency("期限规则机构", HAZCHEM);
        var staff = List.of(Scenario.staff(a.lead(), "PROJECT_LEAD", HAZCHEM));
        UUID onTime = UUID.randomUUID();
        Scenario.sign(Scenario.contract(onTime, a.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false, staff));
        Events.produce(ContractEvents.COMPLETED_V1, onTime, new ContractCompletedV1(onTime, a.id(), "EVALUATION",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), "agency-user", Scenario.NOW));
        Events.produce(ContractEvents.FOLLOW_UP_RECORDED_V1, onTime, new FollowUpRecordedV1(UUID.randomUUID(), onTime,
                a.id(), LocalDate.of(2026, 10, 20), List.of(a.lead()), "整改落实", "agency-user", Scenario.NOW));

        UUID late = UUID.randomUUID();
        Scenario.sign(Scenario.contract(late, a.id(), TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", true, staff));
        Events.produce(ContractEvents.WRITTEN_NOTICE_OVERDUE_V1, late, new WrittenNoticeOverdueV1(late, a.id(),
                UUID.randomUUID(), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), Scenario.NOW));
        String reportOverdue = Events.produce(ContractEvents.REPORT_OVERDUE_V1, late, new ReportOverdueV1(late, a.id(),
                UUID.randomUUID(), LocalDate.of(2026, 11, 25), Scenario.NOW));
        Events.produce(ContractEvents.RECTIFICATION_CONFIRMATION_OVERDUE_V1, late, new RectificationConfirmationOverdueV1(
                late, a.id(), UUID.randomUUID(), LocalDate.of(2026, 11, 26), List.of(UUID.randomUUID()), Scenario.NOW));
        Events.produce(ContractEvents.FOLLOW_UP_OVERDUE_V1, late, new FollowUpOverdueV1(late, a.id(), UUID.randomUUID(),
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 10, 28), Scenario.NOW));
        // The report deadline reported again (a second detector run): the same open finding.
        Events.produce(ContractEvents.REPORT_OVERDUE_V1, late, new ReportOverdueV1(late, a.id(), UUID.randomUUID(),
                LocalDate.of(2026, 11, 25), Scenario.NOW));

        var found = awaitRules(a.id(), Set.of("ART14-14", "ART9-1", "ART9-2", "ART10-1"));
        for (String rule : List.of("ART14-14", "ART9-1", "ART9-2", "ART10-1")) {
            assertEquals(Set.of(late.toString()), found.get(rule), rule);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Events.findings(a.id(), "ART9-1").getList("items[0].triggeringEventIds").size() == 2);
        JsonPath overdue = Events.findings(a.id(), "ART9-1");
        assertEquals(1, overdue.getInt("total"));
        assertEquals(reportOverdue, overdue.getList("items[0].triggeringEventIds").get(0));
        assertEquals(2, overdue.getInt("items[0].occurrences"));
    }

    @Test
    void aQualificationLapsingWhileContractsAreOpenFlagsTheOpenOnesOnly() {
        UUID agencyId = TestAgencies.registered("资质过期机构");
        UUID qualificationId = Scenario.qualification(agencyId, "EVALUATION", HAZCHEM, LocalDate.of(2026, 11, 27));
        UUID open = UUID.randomUUID();
        UUID completed = UUID.randomUUID();
        Scenario.awaitProjected(() -> Scenario.facts().qualifications(agencyId).size() == 1);
        Scenario.sign(Scenario.contract(open, agencyId, TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false, List.of()));
        Scenario.sign(Scenario.contract(completed, agencyId, TestIdentifiers.creditCode(), HAZCHEM, "EVALUATION", "45000", false, List.of()));
        Events.produce(ContractEvents.COMPLETED_V1, completed, new ContractCompletedV1(completed, agencyId, "EVALUATION",
                LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 25), "agency-user", Scenario.NOW));
        Scenario.awaitProjected(() -> Scenario.facts().openContracts(agencyId).size() == 1
                && Scenario.facts().contract(completed).map(c -> c.status().equals("COMPLETED")).orElse(false));

        Events.produce(RegistryEvents.QUALIFICATION_EXPIRED_V1, qualificationId, new QualificationExpiredV1(qualificationId,
                "APJ-(鲁)-999", agencyId, TestIdentifiers.creditCode(), "资质过期机构", "EVALUATION",
                List.of(new BusinessScopeEntryV1("EVALUATION", HAZCHEM)), "山东省应急管理厅", LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 11, 27), "EXPIRED", LocalDate.of(2026, 11, 28), Scenario.NOW));
        var found = awaitRules(agencyId, Set.of("QUAL-OPEN-1"));
        assertEquals(Set.of(open.toString()), found.get("QUAL-OPEN-1"));
    }
}
