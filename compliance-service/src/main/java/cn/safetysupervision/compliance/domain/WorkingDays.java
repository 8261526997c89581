package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.persistence.CalendarDay;
import cn.safetysupervision.compliance.persistence.CalendarYear;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic of this service (the response window of suspected findings): service-kit's
 * {@link cn.safetysupervision.platform.calendar.WorkingDays} over the years contract-service, the calendar's one
 * owner, publishes on {@code contract.calendar} (projected here by {@link #apply}). A window reaching into a year
 * not published yet is counted Monday to Friday and logged: a finding is never refused or dead-lettered for it,
 * and contract-service publishes the coming year (provisionally) well before it starts.
 */
@ApplicationScoped
public class WorkingDays {

    private static final Logger LOG = Logger.getLogger(WorkingDays.class);

    /** Projects one published year (replaces what was known of it). */
    @Transactional(Transactional.TxType.MANDATORY)
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

    /** The day {@code days} working days after {@code from} (from itself not counted). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate to = from.plusDays(cn.safetysupervision.platform.calendar.WorkingDays.window(days));
        Set<Integer> loaded = CalendarYear.<CalendarYear>listAll().stream().map(y -> y.year).collect(Collectors.toSet());
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        CalendarDay.<CalendarDay>list("day between ?1 and ?2", from, to).forEach(d -> exceptions.put(d.day, d.working));
        try {
            return new cn.safetysupervision.platform.calendar.WorkingDays(loaded, exceptions).addWorkingDays(from, days);
        } catch (cn.safetysupervision.platform.calendar.WorkingDays.YearNotLoadedException e) {
            LOG.warnf("working-day calendar %d not published by contract-service yet: %d working days from %s counted "
                    + "Monday to Friday", e.year(), days, from);
            return mondayToFriday(from, days);
        }
    }

    private static LocalDate mondayToFriday(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
