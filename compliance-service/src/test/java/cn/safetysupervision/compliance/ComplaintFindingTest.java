package cn.safetysupervision.compliance;

import cn.safetysupervision.events.complaint.CaseSubstantiatedV1;
import cn.safetysupervision.events.complaint.CaseUnsubstantiatedV1;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** complaint-service's substantiated event (the published payload record) becomes a counted manual finding. */
@QuarkusTest
class ComplaintFindingTest {

    @Test
    void aSubstantiatedComplaintIsRecordedOnceAsAManualFindingThatCountsInTheIntegrityRecord() {
        UUID agencyId = TestAgencies.registered("投诉属实机构");
        UUID caseId = UUID.randomUUID();
        // An unsubstantiated complaint changes nothing.
        Events.produce(ComplaintEvents.UNSUBSTANTIATED_V1, caseId,
                new CaseUnsubstantiatedV1(UUID.randomUUID(), agencyId, "regulator-officer", Instant.now()));
        String eventId = RawRecords.newEventId();
        CaseSubstantiatedV1 substantiated = new CaseSubstantiatedV1(caseId, agencyId, "ART14-7",
                "经核查，该项目评价人员未到现场。", "regulator-officer", Instant.parse("2026-12-01T02:00:00Z"));
        Events.produce(ComplaintEvents.SUBSTANTIATED_V1, caseId, substantiated, eventId);
        JsonPath found = Events.awaitFindings(agencyId, "ART14-7");
        assertEquals(1, found.getInt("total"));
        assertEquals("MANUAL", found.getString("items[0].origin"));
        assertEquals(caseId.toString(), found.getString("items[0].facts.complaintCaseId"));
        assertEquals("regulator-officer", found.getString("items[0].flaggedBy"));
        given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/agencies/" + agencyId + "/credit")
                .then().statusCode(200).body("points", greaterThan(0));

        // A redelivery of the same event changes nothing.
        Events.produce(ComplaintEvents.SUBSTANTIATED_V1, caseId, substantiated, eventId);
        // A later event of the same case (same key, so same partition, consumed after it) proves it was read.
        Events.produce(ComplaintEvents.SUBSTANTIATED_V1, caseId, new CaseSubstantiatedV1(caseId, agencyId, "ART14-9",
                "冒用应急管理部门名义。", "regulator-officer", Instant.now()));
        Events.awaitFindings(agencyId, "ART14-9");
        JsonPath again = Events.findings(agencyId, "ART14-7");
        assertEquals(1, again.getInt("total"));
        assertEquals(1, again.getInt("items[0].occurrences"));
    }
}
