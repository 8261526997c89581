package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.persistence.CalendarDay;
import cn.safetysupervision.contract.persistence.CalendarYear;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chinese working-day calendar: Monday–Friday work, except public holidays; weekend make-up days (调休) work.
 * Only loaded years may be used — a deadline in an unknown year is refused rather than silently miscounted.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** One exception day of a year being loaded. */
    public record Exception(LocalDate day, boolean working, String name) {
    }

    /** The day that is {@code days} working days after {@code from} (from itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return step(from, days, 1);
    }

    /** The day that is {@code days} working days before {@code from}. */
    public LocalDate subtractWorkingDays(LocalDate from, int days) {
        return step(from, days, -1);
    }

    public boolean isWorkingDay(LocalDate day) {
        Map<LocalDate, Boolean> exceptions = exceptions(day, day);
        return isWorkingDay(day, exceptions);
    }

    private LocalDate step(LocalDate from, int days, int direction) {
        if (days < 0) {
            throw ProblemException.invalidField("workingDays", "must not be negative");
        }
        // Generous window: even Spring Festival plus weekends never needs more than 2×days + 20 calendar days.
        long span = 2L * days + 20;
        LocalDate windowStart = direction > 0 ? from : from.minusDays(span);
        LocalDate windowEnd = direction > 0 ? from.plusDays(span) : from;
        Map<LocalDate, Boolean> exceptions = exceptions(windowStart, windowEnd);
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(direction);
            if (isWorkingDay(day, exceptions)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWorkingDay(LocalDate day, Map<LocalDate, Boolean> exceptions) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, Boolean> exceptions(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (CalendarYear.findById(year) == null) {
                throw ProblemException.unprocessable("the working-day calendar for " + year
                        + " is not loaded; an administrator adds it with PUT /api/v1/calendar/" + year);
            }
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        CalendarDay.<CalendarDay>list("day between ?1 and ?2", from, to).forEach(d -> exceptions.put(d.day, d.working));
        return exceptions;
    }

    public List<CalendarDay> daysOf(int year) {
        return CalendarDay.list("day between ?1 and ?2 order by day", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Loads or replaces a year's holidays and make-up days. */
    @Transactional
    public CalendarYear replaceYear(int year, String source, List<Exception> days) {
        for (Exception d : days) {
            if (d.day().getYear() != year) {
                throw ProblemException.invalidField("days", d.day() + " is not in " + year);
            }
        }
        if (days.stream().map(Exception::day).distinct().count() != days.size()) {
            throw ProblemException.invalidField("days", "a day is listed twice");
        }
        CalendarDay.delete("day between ?1 and ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        CalendarDay.getEntityManager().flush();
        for (Exception d : days) {
            CalendarDay day = new CalendarDay();
            day.day = d.day();
            day.working = d.working();
            day.name = d.name();
            day.persist();
        }
        CalendarYear entry = CalendarYear.findById(year);
        if (entry == null) {
            entry = new CalendarYear();
            entry.year = year;
        }
        entry.source = source;
        entry.loadedAt = Instant.now();
        entry.persist();
        return entry;
    }
}
