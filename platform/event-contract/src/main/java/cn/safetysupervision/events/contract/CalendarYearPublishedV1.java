package cn.safetysupervision.events.contract;

import java.time.Instant;
import java.util.List;

/**
 * A year of the Chinese working-day calendar (public holidays and make-up working days) was loaded or replaced.
 *
 * @param year the calendar year; also the event subject and record key
 * @param source where the dates come from (国务院办公厅通知)
 * @param days every exception day of the year: holidays (working=false) and make-up working days (working=true)
 * @param publishedAt when
 */
public record CalendarYearPublishedV1(
        int year,
        String source,
        List<CalendarDayV1> days,
        Instant publishedAt) {
}
