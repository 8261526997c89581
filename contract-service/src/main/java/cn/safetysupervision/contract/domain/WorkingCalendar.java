package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.persistence.CalendarDay;
import cn.safetysupervision.contract.persistence.CalendarYear;
import cn.safetysupervision.events.contract.CalendarDayV1;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.platform.calendar.WorkingDays;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.problem.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Chinese working-day calendar: Monday–Friday work, except public holidays; weekend make-up days (调休) work.
 * Only loaded years may be used — a deadline in an unknown year is refused rather than silently miscounted.
 * The arithmetic is service-kit's {@link WorkingDays} (one definition for every service); this service owns the
 * table and publishes each loaded year as {@code contract.calendar.year-published.v1} so that others project it.
 */
@ApplicationScoped
public class WorkingCalendar {

    private static final Logger LOG = Logger.getLogger(WorkingCalendar.class);

    private final Outbox outbox;

    WorkingCalendar(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Years loaded by migrations (V2) were never published: publish them at start, once. */
    void onStart(@Observes StartupEvent start) {
        try {
            int published = publishUnpublishedYears();
            if (published > 0) {
                LOG.infof("published %d calendar years loaded before the calendar events existed", published);
            }
        } catch (RuntimeException e) {
            LOG.warn("publishing the loaded calendar years failed; the next start retries", e);
        }
    }

    /** One exception day of a year being loaded. */
    public record Exception(LocalDate day, boolean working, String name) {
    }

    /** The day that is {@code days} working days after {@code from} (from itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        requireNotNegative(days);
        return over(from, from.plusDays(WorkingDays.window(days))).addWorkingDays(from, days);
    }

    /** The day that is {@code days} working days before {@code from}. */
    public LocalDate subtractWorkingDays(LocalDate from, int days) {
        requireNotNegative(days);
        return over(from.minusDays(WorkingDays.window(days)), from).subtractWorkingDays(from, days);
    }

    public boolean isWorkingDay(LocalDate day) {
        return over(day, day).isWorkingDay(day);
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw ProblemException.invalidField("workingDays", "must not be negative");
        }
    }

    /** The shared arithmetic (service-kit) over this service's table, for the window from–to. */
    private WorkingDays over(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (CalendarYear.findById(year) == null) {
                throw ProblemException.unprocessable("the working-day calendar for " + year
                        + " is not loaded; an administrator adds it with PUT /api/v1/calendar/" + year);
            }
        }
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            years.add(year);
        }
        CalendarDay.<CalendarDay>list("day between ?1 and ?2", from, to).forEach(d -> exceptions.put(d.day, d.working));
        return new WorkingDays(years, exceptions);
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
        entry.publishedAt = entry.loadedAt;
        entry.persist();
        publish(year, source, days.stream().map(d -> new CalendarDayV1(d.day(), d.working(), d.name())).toList(),
                entry.loadedAt);
        return entry;
    }

    /**
     * Publishes the loaded years that were never published (the years migrations loaded before the event existed),
     * once: the row is claimed with {@code FOR UPDATE SKIP LOCKED} and marked in the transaction that writes the
     * event, so two replicas starting together publish each year once.
     */
    @Transactional
    public int publishUnpublishedYears() {
        @SuppressWarnings("unchecked")
        List<Integer> years = CalendarYear.getEntityManager().createNativeQuery("""
                        select year from calendar_year where published_at is null order by year for update skip locked""")
                .getResultList();
        for (Integer year : years) {
            CalendarYear entry = CalendarYear.findById(year);
            entry.publishedAt = Instant.now();
            publish(year, entry.source, daysOf(year).stream()
                    .map(d -> new CalendarDayV1(d.day, d.working, d.name)).toList(), entry.publishedAt);
        }
        return years.size();
    }

    private void publish(int year, String source, List<CalendarDayV1> days, Instant at) {
        outbox.publish(ContractEvents.CALENDAR_YEAR_PUBLISHED_V1, year,
                new CalendarYearPublishedV1(year, source, days, at));
    }
}
