package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.persistence.CalendarDay;
import cn.safetysupervision.complaint.persistence.CalendarYear;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import cn.safetysupervision.platform.calendar.WorkingDays;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working-day calendar as contract-service publishes it (its one owner), with service-kit's arithmetic.
 * Complaint periods in days end on a working day: a last day on a holiday moves to the next working day
 * (民法典 Art. 203, as for every legal period).
 */
@ApplicationScoped
public class Calendar {

    /** Projects one published year (replaces what was known of it). */
    public void apply(CalendarYearPublishedV1 year) {
        CalendarDay.delete("day between ?1 and ?2", LocalDate.of(year.year(), 1, 1), LocalDate.of(year.year(), 12, 31));
        CalendarDay.getEntityManager().flush();
        year.days().forEach(d -> {
            CalendarDay day = new CalendarDay();
            day.day = d.day();
            day.working = d.working();
            day.name = d.name();
            day.persist();
        });
        CalendarYear entry = CalendarYear.findById(year.year());
        if (entry == null) {
            entry = new CalendarYear();
            entry.year = year.year();
        }
        entry.source = year.source();
        entry.publishedAt = year.publishedAt() == null ? Instant.now() : year.publishedAt();
        entry.persist();
    }

    public LocalDate addWorkingDays(LocalDate from, int days) {
        return guarded(() -> over(from, from.plusDays(WorkingDays.window(days))).addWorkingDays(from, days));
    }

    /** {@code days} calendar days after {@code from}, moved to the next working day when that is a day off. */
    public LocalDate addDays(LocalDate from, int days) {
        LocalDate end = from.plusDays(days);
        return guarded(() -> over(end, end.plusDays(30)).onOrNextWorkingDay(end));
    }

    private WorkingDays over(LocalDate from, LocalDate to) {
        Set<Integer> loaded = CalendarYear.<CalendarYear>listAll().stream().map(y -> y.year).collect(Collectors.toSet());
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        CalendarDay.<CalendarDay>list("day between ?1 and ?2", from, to).forEach(d -> exceptions.put(d.day, d.working));
        return new WorkingDays(loaded, exceptions);
    }

    private static LocalDate guarded(java.util.function.Supplier<LocalDate> computation) {
        try {
            return computation.get();
        } catch (WorkingDays.YearNotLoadedException e) {
            throw ProblemException.unprocessable("the working-day calendar for " + e.year()
                    + " has not been published by contract-service yet; the case clocks cannot be computed");
        }
    }
}
