package cn.safetysupervision.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one definition of the Chinese working day: Monday–Friday work, except public holidays; weekend make-up days
 * (调休) work. Pure arithmetic over the exceptions of the loaded years — where those come from is the caller's
 * business (contract-service owns the table and publishes each year as {@code contract.calendar.year-published.v1};
 * other services project those events). A day in a year that is not loaded is refused
 * ({@link YearNotLoadedException}) rather than silently counted as an ordinary week.
 */
public final class WorkingDays {

    private final Set<Integer> loadedYears;
    private final Map<LocalDate, Boolean> exceptions;

    /**
     * @param loadedYears the years whose exceptions are complete
     * @param exceptions  exception days (true = make-up working day, false = holiday) of at least the window used
     */
    public WorkingDays(Set<Integer> loadedYears, Map<LocalDate, Boolean> exceptions) {
        this.loadedYears = Set.copyOf(loadedYears);
        this.exceptions = Map.copyOf(Objects.requireNonNull(exceptions));
    }

    /** Thrown when a computation needs a year that is not loaded. */
    public static final class YearNotLoadedException extends RuntimeException {
        private final int year;

        public YearNotLoadedException(int year) {
            super("the working-day calendar for " + year + " is not loaded");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    /**
     * Calendar days a computation of {@code days} working days may look at: even Spring Festival plus weekends
     * never needs more than 2×days + 20 calendar days. Callers load the exceptions of this window.
     */
    public static long window(int days) {
        return 2L * days + 20;
    }

    /** The day that is {@code days} working days after {@code from} (from itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return step(from, days, 1);
    }

    /** The day that is {@code days} working days before {@code from}. */
    public LocalDate subtractWorkingDays(LocalDate from, int days) {
        return step(from, days, -1);
    }

    /** {@code day} if it is a working day, else the first working day after it (民法典 Art. 203 for periods). */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!loadedYears.contains(day.getYear())) {
            throw new YearNotLoadedException(day.getYear());
        }
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private LocalDate step(LocalDate from, int days, int direction) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
