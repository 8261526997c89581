package cn.safetysupervision.contract;

import cn.safetysupervision.contract.domain.OverdueSweeper;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OverdueSweeperTest {

    private static final String TOPIC = ContractEvents.CONTRACT_TOPIC.name();
    private static TestRegistry.Agency agency;

    @Inject
    OverdueSweeper sweeper;

    /** Once per class, after the application is up (a static @BeforeAll may run before it starts). */
    @BeforeEach
    void registry() {
        if (agency != null) {
            return;
        }
        agency = TestRegistry.agencyWithStaff();
    }

    private static Map<String, Object> pastDue() {
        Map<String, Object> terms = TestContracts.terms(agency, true);
        terms.put("siteWorkRequired", false);
        terms.remove("plannedSiteWorkDate");
        terms.put("reportDue", Map.of("date", "2025-06-30"));
        terms.remove("rectificationConfirmationDue");
        return terms;
    }

    @Test
    void twoConcurrentSweepersEmitExactlyOneOverdueEventPerMissedDeadlineAndSweepingAgainAddsNone() throws Exception {
        Set<String> due = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            due.add(TestContracts.signedLongAgo(agency, pastDue(), "2025-06-02"));
        }
        // A deadline that was met is never reported.
        String met = TestContracts.signedLongAgo(agency, pastDue(), "2025-06-02");
        given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/json")
                .body(Map.of("reportNumber", "R-1", "reportType", "安全现状评价报告", "issueDate", "2025-06-20",
                        "summary", "无重大隐患", "signatories", List.of(
                                Map.of("practitionerId", agency.lead(0).practitionerId(), "role", "TEAM_LEAD", "credentialNumber", agency.lead(0).credentialNumber()),
                                Map.of("practitionerId", agency.lead(1).practitionerId(), "role", "FINAL_REVIEWER", "credentialNumber", agency.lead(1).credentialNumber()))))
                .post("/api/v1/contracts/" + met + "/report").then().statusCode(201);

        // Two replicas sweeping the same database at the same moment.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> replicas = List.of(sweeper::sweep, sweeper::sweep);
        int emitted = 0;
        for (Future<Integer> f : pool.invokeAll(replicas)) {
            emitted += f.get();
        }
        pool.shutdown();
        assertTrue(emitted >= due.size(), "every missed deadline is claimed by one of them: " + emitted);

        // After a restart (or on the next tick) the sweep finds nothing new.
        assertEquals(0, sweeper.sweep());

        List<ReceivedEvent> overdue = EventProbe.onTestBroker().awaitEvents(TOPIC,
                e -> ContractEvents.REPORT_OVERDUE_V1.type().equals(e.type()) && (due.contains(e.subject()) || met.equals(e.subject())),
                due.size(), Duration.ofSeconds(30));
        List<String> subjects = overdue.stream().map(ReceivedEvent::subject).toList();
        assertEquals(due.size(), subjects.size(), "one event per missed deadline, no duplicates");
        assertEquals(due, new HashSet<>(subjects));
        assertEquals("2025-06-30", overdue.get(0).data().path("dueDate").asText());
        String any = due.iterator().next();
        given().auth().oauth2(Tokens.regulator()).get("/api/v1/contracts/" + any).then().statusCode(200)
                .body("deadlines.find { it.kind == 'REPORT' }.overdueEmittedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void rectificationAndFollowUpDeadlinesAreReportedWithTheirFacts() {
        Map<String, Object> terms = pastDue();
        terms.put("reportDue", Map.of("date", "2025-07-31"));
        terms.put("rectificationConfirmationDue", Map.of("workingDays", 10));
        String id = TestContracts.signedLongAgo(agency, terms, "2025-06-02");
        String hazardId = given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/json")
                .body(Map.of("description", "配电室无应急照明", "location", "配电室", "severity", "GENERAL", "advice", "加装应急照明"))
                .post("/api/v1/contracts/" + id + "/hazards").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/json")
                .body(Map.of("reportNumber", "R-2", "reportType", "安全现状评价报告", "issueDate", "2025-06-10",
                        "summary", "一般隐患一项", "hazardIds", List.of(hazardId), "signatories", List.of(
                                Map.of("practitionerId", agency.lead(0).practitionerId(), "role", "TEAM_LEAD", "credentialNumber", agency.lead(0).credentialNumber()),
                                Map.of("practitionerId", agency.lead(1).practitionerId(), "role", "FINAL_REVIEWER", "credentialNumber", agency.lead(1).credentialNumber()))))
                .post("/api/v1/contracts/" + id + "/report").then().statusCode(201);
        given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/json")
                .header("If-Match", TestContracts.etag(agency, id)).body(Map.of("completedDate", "2025-07-01"))
                .post("/api/v1/contracts/" + id + "/complete").then().statusCode(200);

        sweeper.sweep();

        ReceivedEvent rectification = EventProbe.onTestBroker().awaitEvent(TOPIC,
                ContractEvents.RECTIFICATION_CONFIRMATION_OVERDUE_V1.type(), id);
        // 2025-06-02 + 10 working days (端午 05-31..06-02 already past) = 2025-06-16
        assertEquals("2025-06-16", rectification.data().path("dueDate").asText());
        assertEquals(hazardId, rectification.data().path("openHazardIds").get(0).asText());
        ReceivedEvent followUp = EventProbe.onTestBroker().awaitEvent(TOPIC, ContractEvents.FOLLOW_UP_OVERDUE_V1.type(), id);
        assertEquals("2025-07-31", followUp.data().path("dueDate").asText());
        assertEquals("2025-07-01", followUp.data().path("completedDate").asText());
        assertTrue(EventProbe.onTestBroker().readAll(TOPIC, Duration.ofSeconds(1)).stream()
                .noneMatch(e -> id.equals(e.subject()) && ContractEvents.REPORT_OVERDUE_V1.type().equals(e.type())),
                "the report was on time");
    }
}
