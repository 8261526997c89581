package cn.safetysupervision.dashboard;

import cn.safetysupervision.events.complaint.CaseReceivedV1;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.CreditGradeChangedV1;
import cn.safetysupervision.events.compliance.FindingDismissedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ReportOverdueV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.registry.QualificationGrantedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DashboardApiTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void aFindingIsShownWithItsEvidenceAndRawEventAndCountedByRuleAgencyDistrictAndGrade() {
        UUID agencyId = Events.registerAgency("临沂安评测试有限公司", "山东省临沂市罗庄区盛庄街道测试路1号");
        String contractEvent = Events.produceRaw(ContractEvents.CONTRACT_TOPIC.name(),
                ContractEvents.SIGNED_V1.type(), UUID.randomUUID().toString(),
                Map.of("contractId", UUID.randomUUID().toString(), "agencyId", agencyId.toString()));
        String rule = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
        UUID findingId = Events.flag(agencyId, rule, List.of(contractEvent));
        Events.produce(ComplianceEvents.CREDIT_GRADE_CHANGED_V1, agencyId,
                new CreditGradeChangedV1(agencyId, "BLUE", "ORANGE", 12, findingId, Instant.now()));

        JsonPath detail = await().atMost(WAIT).until(() -> given().auth().oauth2(Tokens.association())
                .when().get("/api/findings/" + findingId).then().extract().jsonPath(),
                json -> json.getList("events") != null && json.getList("evidence").size() == 1);
        assertEquals("SUSPECTED", detail.getString("finding.status"), "an automatic finding is a suspicion");
        assertEquals(rule, detail.getString("finding.ruleId"));
        assertEquals("12000", detail.getString("finding.facts.合同金额"));
        assertEquals(contractEvent, detail.getString("evidence[0].ceId"));
        assertEquals("contract.contract", detail.getString("evidence[0].topic"));
        assertEquals("compliance.finding", detail.getString("events[0].topic"));
        assertEquals(findingId.toString(), detail.getString("events[0].payload.findingId"));
        assertEquals("发现违规（疑似）", detail.getString("events[0].label"));

        // The raw event as Kafka has it: topic, partition, offset, ce_id.
        long seq = detail.getLong("events[0].seq");
        given().auth().oauth2(Tokens.regulator()).when().get("/api/feed/" + seq).then().statusCode(200)
                .body("ceId", equalTo(detail.getString("events[0].ceId")))
                .body("partition", equalTo(detail.getInt("events[0].partition")))
                .body("offset", equalTo(detail.getInt("events[0].offset")));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .queryParam("district", "罗庄区").when().get("/api/overview").then().statusCode(200)
                .body("tables.find { it.id == 'by-rule' }.rows.find { it[0] == '" + rule + "' }[2]", equalTo("1"))
                .body("tables.find { it.id == 'by-agency' }.rows.find { it[0] == '临沂安评测试有限公司' }[1]", equalTo("罗庄区"))
                .body("tables.find { it.id == 'by-agency' }.rows.find { it[0] == '临沂安评测试有限公司' }[2]", equalTo("橙"))
                .body("tables.find { it.id == 'by-agency' }.rows.find { it[0] == '临沂安评测试有限公司' }[5]", equalTo("1")));
        String district = given().auth().oauth2(Tokens.regulator()).queryParam("district", "罗庄区").when()
                .get("/api/tables/by-district").then().statusCode(200).extract().jsonPath()
                .getString("rows.find { it[0] == '罗庄区' }[2]");
        assertNotEquals("0", district, "an orange agency is counted in its district");

        // Dismissed: no longer open, and the queue of suspicions no longer holds it.
        Events.produce(ComplianceEvents.FINDING_DISMISSED_V1, findingId,
                new FindingDismissedV1(findingId, agencyId, rule, "证据不足", "reviewer", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator()).when()
                .get("/api/findings/" + findingId).then().body("finding.status", equalTo("DISMISSED")));
        given().auth().oauth2(Tokens.regulator()).when().get("/api/tables/by-rule").then()
                .body("rows.find { it[0] == '" + rule + "' }[4]", equalTo("0"));
    }

    @Test
    void queuesCountDownToTheirDeadlinesAndCloseWhenTheWorkIsDone() {
        UUID agencyId = Events.registerAgency("临沂检测检验测试中心", "临沂高新技术产业开发区测试大道8号");
        UUID qualificationId = UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Events.produce(RegistryEvents.QUALIFICATION_GRANTED_V1, qualificationId, new QualificationGrantedV1(
                qualificationId, "QT-" + qualificationId.toString().substring(0, 6), agencyId, null, "临沂检测检验测试中心",
                "TESTING_INSPECTION", List.of(), "山东省应急管理厅", today.minusYears(4), today.plusDays(20), "VALID",
                "regulator", Instant.now()));
        UUID contractId = UUID.randomUUID();
        Events.produce(ContractEvents.REPORT_OVERDUE_V1, contractId, new ReportOverdueV1(contractId, agencyId,
                UUID.randomUUID(), today.minusDays(2), Instant.now()));
        // A complaint as complaint-service publishes it: its triage clock is triageDueOn.
        UUID complaint = UUID.randomUUID();
        String caseId = complaint.toString();
        Events.produce(ComplaintEvents.RECEIVED_V1, complaint, new CaseReceivedV1(complaint, agencyId, "SERVICE_QUALITY",
                today.plusDays(15), Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath queues = given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId).when()
                    .get("/api/queues").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("30 天内"), queues.getList("find { it.id == 'certificates-expiring' }.rows.collect { it[4] }"));
            assertEquals(List.of("报告逾期"), queues.getList("find { it.id == 'overdue-work' }.rows.collect { it[0] }"));
            assertEquals(List.of(caseId), queues.getList("find { it.id == 'complaint-clocks' }.rows.collect { it[0] }"));
            String due = queues.getString("find { it.id == 'complaint-clocks' }.rows[0][3]");
            assertEquals(today.plusDays(16).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), Instant.parse(due),
                    "a due date ends with its day in Beijing");
        });
        given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId).when().get("/api/tables/by-agency")
                .then().body("rows[0][1]", equalTo("高新区"));

        Events.produce(ContractEvents.REPORT_SUBMITTED_V1, contractId, new ReportSubmittedV1(UUID.randomUUID(),
                contractId, agencyId, "R-1", "安全现状评价报告", today, List.of(), "摘要", List.of(), "agency", Instant.now(), null));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId)
                .when().get("/api/tables/overdue-work").then().body("rows", hasSize(0)));
    }

    @Test
    void everyTypeIsInTheFeedKnownOrNot() {
        UUID agencyId = UUID.randomUUID();
        String id = Events.produceRaw("compliance.finding", "cn.safetysupervision.compliance.finding.reopened.v7",
                UUID.randomUUID().toString(), Map.of("agencyId", agencyId.toString(), "note", "新类型"));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId)
                .when().get("/api/feed").then().statusCode(200)
                .body("ceId", hasItem(id))
                .body("find { it.ceId == '" + id + "' }.label", equalTo("其他事件：compliance.finding.reopened"))
                .body("find { it.ceId == '" + id + "' }.payload.note", equalTo("新类型")));
    }

    @Test
    void csvExportsTheTableAsShown() {
        String csv = given().auth().oauth2(Tokens.regulator()).when().get("/api/export/by-grade.csv").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF信用等级,机构数\r\n蓝,"), csv);
        assertEquals(5, csv.split("\r\n").length, "header and the four grades");
        given().auth().oauth2(Tokens.regulator()).when().get("/api/export/nothing.csv").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aDrawIsStoredWithItsSeedAndReproducibleFromIt() {
        for (int i = 0; i < 6; i++) {
            Events.registerAgency("沂水测试机构" + i, "山东省临沂市沂水县测试街" + i + "号");
        }
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator())
                .queryParam("district", "沂水县").when().get("/api/tables/by-agency").then()
                .body("rows.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(6)));
        JsonPath first = given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("district", "沂水县", "count", 3, "seed", 20261202L)).when().post("/api/draws")
                .then().statusCode(200).extract().jsonPath();
        JsonPath second = given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("district", "沂水县", "count", 3, "seed", 20261202L)).when().post("/api/draws")
                .then().statusCode(200).extract().jsonPath();
        List<String> drawn = first.getList("draw.drawn");
        assertEquals(3, drawn.size());
        assertEquals(3, Set(drawn).size(), "no agency twice");
        assertEquals(drawn, second.getList("draw.drawn"), "same seed, same population: same agencies");
        assertTrue(first.getList("draw.population").containsAll(drawn));

        JsonPath stored = given().auth().oauth2(Tokens.regulator()).when()
                .get("/api/draws/" + first.getString("draw.drawId")).then().statusCode(200).extract().jsonPath();
        assertEquals(20261202L, stored.getLong("draw.seed"));
        assertEquals(drawn, stored.getList("draw.drawn"));
        assertEquals(drawn, stored.getList("redone"));
        assertTrue(stored.getBoolean("reproducible"));

        // Without a seed one is chosen, stored and reported.
        JsonPath unseeded = given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("district", "沂水县", "count", 2)).when().post("/api/draws").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(unseeded.getBoolean("reproducible"));
        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("district", "火星区", "count", 2)).when().post("/api/draws").then().statusCode(400);
        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("count", 0)).when().post("/api/draws").then().statusCode(400);
    }

    private static java.util.Set<String> Set(List<String> list) {
        return new java.util.HashSet<>(list);
    }

    @Test
    void onlySupervisorsSeeAnything() {
        given().when().get("/api/overview").then().statusCode(401);
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).when().get("/api/overview").then().statusCode(403);
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).when().get("/api/stream").then().statusCode(403);
        given().auth().oauth2(Tokens.agency(UUID.randomUUID())).when().get("/ui/fragment/overview").then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).queryParam("grade", "PURPLE").when().get("/api/overview").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Tokens.regulator()).header("Last-Event-ID", "abc").when().get("/api/stream").then()
                .statusCode(400);
        // The page shells are public and hold no data; the sign-in page says who may use it.
        given().when().get("/").then().statusCode(200).body(containsString("仅限监管部门"));
        given().when().get("/assets/dashboard.js").then().statusCode(200);
    }
}
