package cn.safetysupervision.compliance;

import cn.safetysupervision.compliance.domain.WorkingDays;
import cn.safetysupervision.events.contract.CalendarDayV1;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.testkit.IsolatedProfile;
import cn.safetysupervision.testkit.TestIdentifiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14: the response window is counted on the working-day calendar contract-service publishes on
 * {@code contract.calendar} (国庆 2026 and its make-up Saturday), not Monday to Friday. Own profile: a fresh
 * database without any published year, so the first assertion sees the calendar arrive.
 */
@QuarkusTest
@TestProfile(IsolatedProfile.class)
class WorkingCalendarTest {

    @Inject
    WorkingDays workingDays;

    private static CalendarYearPublishedV1 year2026() {
        List<CalendarDayV1> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(new CalendarDayV1(LocalDate.of(2026, 10, d), false, "国庆节"));
        }
        days.add(new CalendarDayV1(LocalDate.of(2026, 9, 25), false, "中秋节"));
        days.add(new CalendarDayV1(LocalDate.of(2026, 9, 20), true, "国庆节调休"));
        days.add(new CalendarDayV1(LocalDate.of(2026, 10, 10), true, "国庆节调休"));
        return new CalendarYearPublishedV1(2026, "国办发明电〔2025〕7号", days, Scenario.NOW);
    }

    /** As the service counts (always inside a transaction). */
    private LocalDate days(LocalDate from, int n) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> workingDays.plusWorkingDays(from, n));
    }

    @Test
    void theResponseWindowCountsOnThePublishedCalendarAcrossNationalDayAndItsMakeUpSaturday() {
        LocalDate tuesdayBefore = LocalDate.of(2026, 9, 29);
        // Not published yet: Monday to Friday (Sep 30, Oct 1, 2, 5, 6).
        assertEquals(LocalDate.of(2026, 10, 6), days(tuesdayBefore, 5));

        Events.produce(ContractEvents.CALENDAR_YEAR_PUBLISHED_V1, 2026, year2026());
        // Sep 30; Oct 1-7 off; Oct 8, 9, Saturday Oct 10 (调休上班), Monday Oct 12.
        await().atMost(Duration.ofSeconds(40)).until(() ->
                days(tuesdayBefore, 5).equals(LocalDate.of(2026, 10, 12)));
        assertEquals(LocalDate.of(2026, 10, 10), days(LocalDate.of(2026, 10, 9), 1),
                "the make-up Saturday is a working day");
        assertEquals(LocalDate.of(2026, 9, 20), days(LocalDate.of(2026, 9, 18), 1),
                "the make-up Sunday before National Day is a working day");
        assertEquals(LocalDate.of(2026, 9, 28), days(LocalDate.of(2026, 9, 24), 1),
                "中秋节 Friday is off");

        // A finding flagged now gets its window from the same calendar.
        UUID agencyId = TestAgencies.registered("日历机构");
        Scenario.sign(Scenario.contract(UUID.randomUUID(), agencyId, TestIdentifiers.creditCode(), "危险化学品",
                "EVALUATION", "45000", false, List.of()));
        var found = Events.awaitFindings(agencyId, "ART14-2");
        assertEquals(days(LocalDate.now(ZoneId.of("Asia/Shanghai")), 10).toString(),
                found.getString("items[0].respondBy"));
    }
}
