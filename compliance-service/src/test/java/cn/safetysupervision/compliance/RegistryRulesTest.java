package cn.safetysupervision.compliance;

import cn.safetysupervision.compliance.domain.FilingDeadlineSweep;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.registry.AgencyChangeFiledV1;
import cn.safetysupervision.events.registry.AgencyChangedV1;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.DuplicateQualificationClaimRefusedV1;
import cn.safetysupervision.events.registry.EmploymentConflictRefusedV1;
import cn.safetysupervision.events.registry.EmploymentStartedV1;
import cn.safetysupervision.events.registry.FieldChangeV1;
import cn.safetysupervision.events.registry.QualificationGrantedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.events.registry.StaffingBelowThresholdV1;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules fed by agency-registry's events through the broker: each fires on its case and stays silent on the
 * other; repeated facts and redelivered events never make a second finding. Silence is checked behind a later
 * event on the same key (same partition), which is processed only after the silent one.
 */
@QuarkusTest
class RegistryRulesTest {

    @Inject
    FilingDeadlineSweep filingSweep;

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    private static DuplicateQualificationClaimRefusedV1 duplicateClaim(UUID qualificationId, UUID claimingAgencyId) {
        return new DuplicateQualificationClaimRefusedV1(qualificationId, "APJ-(鲁)-001", UUID.randomUUID(),
                TestIdentifiers.creditCode(), "持证机构", claimingAgencyId, TestIdentifiers.creditCode(), "冒用机构",
                "SAFETY_EVALUATION", "agency-user", NOW);
    }

    @Test
    void art14Item4Version2NoLongerJudgesTheRetiredDuplicateClaimEvent() {
        UUID claimant = TestAgencies.registered("冒证机构");
        UUID qualificationId = UUID.randomUUID();
        // agency-registry no longer emits it (a conflict goes to the review queue); one still on the topic is not judged.
        Events.produce(RegistryEvents.QUALIFICATION_DUPLICATE_CLAIM_REFUSED_V1, qualificationId,
                duplicateClaim(qualificationId, claimant));
        // A later event with the same key (same partition) proves the old one was consumed before we look.
        Events.produce(RegistryEvents.QUALIFICATION_GRANTED_V1, qualificationId, new QualificationGrantedV1(
                qualificationId, "APJ-(鲁)-001", claimant, TestIdentifiers.creditCode(), "冒证机构", "SAFETY_EVALUATION",
                List.of(new BusinessScopeEntryV1("SAFETY_EVALUATION", "CHEMICALS")), "山东省应急管理厅",
                LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), "VALID", "registry-clerk", NOW));
        Scenario.awaitProjected(() -> Scenario.facts().qualifications(claimant).size() == 1);
        assertEquals(0, Events.findings(claimant, "ART14-4").getInt("total"));
        io.restassured.RestAssured.given().auth().oauth2(cn.safetysupervision.testkit.Tokens.regulator())
                .get("/api/v1/rules/ART14-4").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void art14Item12FiresOnALateFilingAndOnAMissingOneButNotOnATimelyOne() {
        UUID late = TestAgencies.registered("迟报机构");
        UUID timely = TestAgencies.registered("按时机构");
        UUID missing = TestAgencies.registered("未报机构");
        Instant changedAt = Instant.parse("2026-09-01T08:00:00Z");
        Events.produce(RegistryEvents.AGENCY_CHANGE_FILED_V1, timely, new AgencyChangeFiledV1(timely,
                TestIdentifiers.creditCode(), "按时机构", UUID.randomUUID(), List.of("name"), changedAt,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 20), false, "备-001", "clerk", NOW));
        Events.produce(RegistryEvents.AGENCY_CHANGE_FILED_V1, late, new AgencyChangeFiledV1(late,
                TestIdentifiers.creditCode(), "迟报机构", UUID.randomUUID(), List.of("legalRepresentative"), changedAt,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2), true, "备-002", "clerk", NOW));
        var found = Events.awaitFindings(late, "ART14-12");
        assertEquals("2026-11-02", found.getString("items[0].facts.filedOn"));
        // issue 14: the finding records the parameter values in force when it was judged
        assertEquals("30", found.getString("items[0].ruleParameters.changeFilingDays"));

        UUID filingId = UUID.randomUUID();
        String changeEvent = Events.produce(RegistryEvents.AGENCY_CHANGED_V1, missing, new AgencyChangedV1(missing,
                TestIdentifiers.creditCode(), "未报机构（新名）", "王建国", "山东省临沂市兰山区", "山东省临沂市兰山区",
                "ACTIVE", List.of(new FieldChangeV1("name", "未报机构", "未报机构（新名）")), true, filingId,
                LocalDate.of(2026, 10, 1), 2, "clerk", changedAt));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                filingSweep.sweep(LocalDate.of(2026, 10, 1)) == 0 && hasPendingFiling(missing));
        assertEquals(0, Events.findings(missing, "ART14-12").getInt("total"), "not overdue on its due date");
        assertEquals(1, filingSweep.sweep(LocalDate.of(2026, 10, 2)));
        assertEquals(0, filingSweep.sweep(LocalDate.of(2026, 10, 3)), "a repeated sweep adds nothing");
        found = Events.findings(missing, "ART14-12");
        assertEquals(1, found.getInt("total"));
        assertEquals(List.of(changeEvent), found.getList("items[0].triggeringEventIds"));
        assertEquals(0, Events.findings(timely, "ART14-12").getInt("total"));
    }

    private static boolean hasPendingFiling(UUID agencyId) {
        return cn.safetysupervision.testkit.Tokens.regulator() != null
                && io.restassured.RestAssured.given().auth().oauth2(cn.safetysupervision.testkit.Tokens.regulator())
                .when().get("/api/v1/agencies/" + agencyId + "/compliance-summary").then().extract()
                .path("name").equals("未报机构（新名）");
    }

    @Test
    void staffingFiresBelowTheThresholdOnly() {
        UUID below = TestAgencies.registered("人手不足机构");
        UUID enough = TestAgencies.registered("人手充足机构");
        Events.produce(RegistryEvents.AGENCY_STAFFING_BELOW_THRESHOLD_V1, enough, new StaffingBelowThresholdV1(enough,
                TestIdentifiers.creditCode(), "人手充足机构", 20, 8, 5, 30, 30, 2, "EMPLOYMENT_ENDED", NOW));
        Events.produce(RegistryEvents.AGENCY_STAFFING_BELOW_THRESHOLD_V1, below, new StaffingBelowThresholdV1(below,
                TestIdentifiers.creditCode(), "人手不足机构", 10, 4, 3, 18, 30, 2, "EMPLOYMENT_ENDED", NOW));
        var found = Events.awaitFindings(below, "STAFFING-1");
        assertEquals("18", found.getString("items[0].facts.fullTimeQualifiedStaff"));
        assertEquals("30", found.getString("items[0].facts.required"));
        assertEquals("25", found.getString("items[0].ruleParameters.staffingMinimum"));
        assertTrue(Events.findings(enough, "STAFFING-1").getInt("total") == 0);
    }
}
