package cn.safetysupervision.complaint;

import cn.safetysupervision.complaint.domain.Calendar;
import cn.safetysupervision.complaint.domain.ClockSweeper;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ClockTest {

    @Inject
    Calendar calendar;

    @Inject
    ClockSweeper sweeper;

    @Inject
    EntityManager entityManager;

    @Test
    void clocksCountOnThePublishedWorkingDayCalendar() {
        TestWorld.calendar();
        QuarkusTransaction.requiringNew().run(() -> {
            // Wed 30 Sep + 3 working days: 1–7 Oct off (the weekend inside too), Thu 8, Fri 9, Sat 10 (make-up day) worked.
            assertEquals(LocalDate.of(2026, 10, 10), calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3));
            // A period of days ending on a holiday ends on the next working day (民法典 Art. 203).
            assertEquals(LocalDate.of(2026, 10, 8), calendar.addDays(LocalDate.of(2026, 9, 22), 10));
            // Ending on an ordinary Saturday: the Monday.
            assertEquals(LocalDate.of(2026, 11, 30), calendar.addDays(LocalDate.of(2026, 11, 18), 10));
            // Across the year end: 31 Dec 2026 and 1 Jan 2027 are holidays in the published years.
            assertEquals(LocalDate.of(2027, 1, 5), calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2));
        });
        // A year contract-service never published is refused, not guessed.
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                calendar.addWorkingDays(LocalDate.of(2031, 3, 2), 3);
                throw new AssertionError("2031 is not published");
            } catch (cn.safetysupervision.platform.problem.ProblemException expected) {
                assertTrue(expected.getMessage().contains("2031"));
            }
        });
    }

    @Test
    void eachOverdueClockRaisesExactlyOneEventWithTwoConcurrentSweepersAndAfterDowntime() throws Exception {
        TestWorld.Agency agency = TestWorld.agency("临沂时限测试有限公司");
        Set<String> triage = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            triage.add(TestWorld.caseIdOf((String) TestWorld.submit(ComplaintLifecycleTest.complaint(agency)).get("receiptCode")));
        }
        // One more, accepted in time: its triage clock is satisfied and must never be reported.
        String accepted = TestWorld.caseIdOf((String) TestWorld.submit(ComplaintLifecycleTest.complaint(agency)).get("receiptCode"));
        given().auth().oauth2(Tokens.association()).contentType("application/json").body("{}")
                .post("/api/v1/cases/" + accepted + "/accept").then().statusCode(200);

        // The service was "down" past every triage day: sweeping as of 40 days later finds them all, once.
        LocalDate later = LocalDate.now().plusDays(40);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> sweep = () -> sweeper.sweep(later);
            List<Future<Integer>> runs = pool.invokeAll(List.of(sweep, sweep));
            int total = runs.get(0).get() + runs.get(1).get();
            assertTrue(total >= triage.size(), "every missed triage clock claimed: " + total);
        } finally {
            pool.shutdown();
        }
        assertEquals(0, sweeper.sweep(later), "sweeping again adds none");

        List<ReceivedEvent> overdue = EventProbe.onTestBroker().awaitEvents(ComplaintEvents.CASE_TOPIC.name(),
                e -> e.type().equals(ComplaintEvents.CLOCK_OVERDUE_V1.type()) && triage.contains(e.subject()),
                triage.size(), Duration.ofSeconds(60));
        assertEquals(triage.size(), overdue.size(), "exactly one event per missed clock");
        assertEquals(triage, new HashSet<>(overdue.stream().map(ReceivedEvent::subject).toList()));
        overdue.forEach(e -> assertEquals("TRIAGE", e.data().get("clock").asText()));
        long acceptedOverdueTriage = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from case_clock where case_id = ?1 and kind = 'TRIAGE' and overdue_emitted_at is not null")
                .setParameter(1, UUID.fromString(accepted)).getSingleResult()).longValue());
        assertEquals(0, acceptedOverdueTriage, "a decision in time is never reported");
    }
}
