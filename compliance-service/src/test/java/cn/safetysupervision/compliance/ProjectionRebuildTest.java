package cn.safetysupervision.compliance;

import cn.safetysupervision.events.registry.DuplicateQualificationClaimRefusedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replaying every consumed topic from the beginning rebuilds the projections and leaves the findings as they were. */
@QuarkusTest
class ProjectionRebuildTest {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    private List<String> dump(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) em.createNativeQuery(sql).getResultList())
                .stream().map(row -> row instanceof Object[] cells ? Arrays.toString(cells) : String.valueOf(row)).toList());
    }

    private List<String> findings() {
        return dump("""
                select id, rule_id, rule_version, subject_type, subject_id, status, occurrences,
                       cast(triggering_event_ids as text), cast(facts as text) from finding order by id""");
    }

    private List<String> projections() {
        List<String> rows = new java.util.ArrayList<>();
        rows.addAll(dump("select agency_id, credit_code, name, status, last_event_id from monitored_agency order by agency_id"));
        rows.addAll(dump("select contract_id, agency_id, status, fee_total, cast(staffing as text) from contract order by contract_id"));
        rows.addAll(dump("select qualification_id, status, valid_to from qualification order by qualification_id"));
        rows.addAll(dump("select employment_id, agency_id, ended from employment order by employment_id"));
        return rows;
    }

    @Test
    void aRebuildGivesTheSameProjectionsAndTheSameFindings() {
        var agency = Scenario.preparedAgency("重建机构", "危险化学品");
        UUID contractId = UUID.randomUUID();
        Scenario.sign(Scenario.contract(contractId, agency.id(), TestIdentifiers.creditCode(), "危险化学品", "EVALUATION",
                "45000", false, List.of()));
        UUID qualificationId = UUID.randomUUID();
        Events.produce(RegistryEvents.QUALIFICATION_DUPLICATE_CLAIM_REFUSED_V1, qualificationId,
                new DuplicateQualificationClaimRefusedV1(qualificationId, "APJ-(鲁)-777", UUID.randomUUID(),
                        TestIdentifiers.creditCode(), "持证机构", agency.id(), TestIdentifiers.creditCode(), "重建机构",
                        "EVALUATION", "agency-user", Scenario.NOW));
        Events.awaitFindings(agency.id(), "ART15-1");

        List<String> findingsBefore = findings();
        List<String> projectionsBefore = projections();
        assertFalse(projectionsBefore.isEmpty());

        given().auth().oauth2(Tokens.agency(agency.id())).when().post("/api/v1/admin/projection-rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).when().post("/api/v1/admin/projection-rebuild")
                .then().statusCode(202).body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .when().get("/api/v1/admin/projection-rebuild").then().statusCode(200).body("state", equalTo("DONE")));
        int replayed = given().auth().oauth2(Tokens.regulator()).when().get("/api/v1/admin/projection-rebuild")
                .then().extract().path("replayed");
        assertTrue(replayed >= 7, "replayed " + replayed); // at least the seven events of this test

        assertEquals(projectionsBefore, projections());
        assertEquals(findingsBefore, findings());
        assertEquals(Set.of("ART15-1"), Set.copyOf(Events.findings(agency.id(), null).getList("items.ruleId")));
    }
}
