package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.config.ContractConfig;
import cn.safetysupervision.platform.problem.Problem;
import cn.safetysupervision.platform.problem.ProblemException;
import cn.safetysupervision.platform.problem.ProblemType;
import cn.safetysupervision.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Dates a person types that decide rules (issue 14): never in the future; for an agency not earlier than the
 * configured grace before the recording day; a regulator or the association may record an older fact with a
 * reason. Violations are 422 problems naming the field.
 */
@ApplicationScoped
public class TypedDates {

    private final ContractConfig config;
    private final Caller caller;

    TypedDates(ContractConfig config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    public void check(String field, LocalDate typed, String reason) {
        LocalDate today = LocalDate.now(config.timeZone());
        if (typed.isAfter(today)) {
            throw unprocessable(field, "must not be after today (" + today + ")");
        }
        LocalDate earliest = today.minusDays(config.typedDateGraceDays());
        if (typed.isBefore(earliest)) {
            if (caller.agencyId().isPresent()) {
                throw unprocessable(field, "must not be before " + earliest + " (" + config.typedDateGraceDays()
                        + " days before recording); a regulator or the association records older facts");
            }
            if (reason == null || reason.isBlank()) {
                throw unprocessable(field, "is more than " + config.typedDateGraceDays()
                        + " days before recording: give backdatingReason");
            }
        }
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + " " + message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }
}
