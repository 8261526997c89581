package cn.safetysupervision.events.contract;

import java.time.LocalDate;

/**
 * One exception day of the working-day calendar.
 *
 * @param day     the date
 * @param working true for a weekend make-up working day (调休上班), false for a public holiday
 * @param name    the holiday's name, e.g. 春节
 */
public record CalendarDayV1(LocalDate day, boolean working, String name) {
}
