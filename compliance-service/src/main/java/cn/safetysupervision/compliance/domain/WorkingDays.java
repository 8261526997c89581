package cn.safetysupervision.compliance.domain;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic of the response window. APPROXIMATION: Monday to Friday, without public holidays and
 * adjusted working weekends (调休). The official arithmetic is service-kit's
 * {@link cn.safetysupervision.platform.calendar.WorkingDays} over the years contract-service publishes on
 * {@code contract.calendar}; using it here needs compliance to project that topic (as complaint-service does), which
 * is still to do (issue 14). Until then a window over a holiday ends earlier than the official calendar would say.
 */
@ApplicationScoped
public class WorkingDays {

    /** The day {@code days} working days after {@code from} (from itself not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
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
