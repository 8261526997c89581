package cn.safetysupervision.platform.time;

import cn.safetysupervision.platform.problem.Problem;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import cn.safetysupervision.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Dates a person types that decide rules (issue 14: signing day, written notice, employment start and end, site and
 * follow-up visits): never after today (Beijing time); for an agency token not earlier than
 * {@code platform.typed-dates.grace-days} (default 30) before the recording day; a regulator or the association
 * records an older fact with a reason. Violations are 422 problems naming the field. Callers store the recording
 * time beside the typed date, so rules can fall back on it when the typed date cannot be verified.
 */
@ApplicationScoped
public class TypedDates {

    /** People read dates in Beijing time. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Caller caller;
    private final int graceDays;
    private final Clock clock;

    @Inject
    TypedDates(Caller caller, @ConfigProperty(name = "platform.typed-dates.grace-days", defaultValue = "30") int graceDays) {
        this(caller, graceDays, Clock.system(BEIJING));
    }

    TypedDates(Caller caller, int graceDays, Clock clock) {
        this.caller = caller;
        this.graceDays = graceDays;
        this.clock = clock;
    }

    /** How many days before the recording day an agency may date a fact. */
    public int graceDays() {
        return graceDays;
    }

    /** Checks a typed day; {@code reason} is the request's {@code backdatingReason}. */
    public void check(String field, LocalDate typed, String reason) {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        if (typed.isAfter(today)) {
            throw unprocessable(field, "must not be after today (" + today + ")");
        }
        LocalDate earliest = today.minusDays(graceDays);
        if (typed.isBefore(earliest)) {
            if (caller.agencyId().isPresent()) {
                throw unprocessable(field, "must not be before " + earliest + " (" + graceDays
                        + " days before recording); a regulator or the association records older facts");
            }
            if (reason == null || reason.isBlank()) {
                throw unprocessable(field, "is more than " + graceDays + " days before recording: give backdatingReason");
            }
        }
    }

    /** Checks a typed moment by its Beijing day (so a clock a few seconds ahead is not "in the future"). */
    public void check(String field, Instant typed, String reason) {
        check(field, LocalDate.ofInstant(typed, BEIJING), reason);
    }

    /** The reason as stored: stripped, null when blank. */
    public static String reason(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + " " + message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }
}
