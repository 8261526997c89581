package cn.safetysupervision.disclosure.domain;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.platform.calendar.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * By when a regulator's decision must be public: {@code disclosure.sanctions.publication-working-days} working days
 * after the decision (安全生产法 Art. 78), on contract-service's published calendar and service-kit's arithmetic.
 * Unknown (null) while the year is not published: never guessed as an ordinary week.
 */
@ApplicationScoped
public class SanctionDeadlines {

    private final MongoStore store;
    private final DisclosureConfig config;

    SanctionDeadlines(MongoStore store, DisclosureConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The calendar as known now; a handful of small documents, read once per page or answer. */
    public Deadline calendar() {
        Set<Integer> years = new HashSet<>();
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (Document year : store.calendarYears().find()) {
            years.add(((Number) year.get("_id")).intValue());
            for (Document d : year.getList("days", Document.class, List.of())) {
                exceptions.put(LocalDate.parse(d.getString("day")), d.getBoolean("working", false));
            }
        }
        return new Deadline(new WorkingDays(years, exceptions), config.sanctions().publicationWorkingDays());
    }

    public record Deadline(WorkingDays days, int workingDays) {
        public LocalDate publishBy(LocalDate decidedOn) {
            if (decidedOn == null) {
                return null;
            }
            try {
                return days.addWorkingDays(decidedOn, workingDays);
            } catch (WorkingDays.YearNotLoadedException e) {
                return null;
            }
        }
    }
}
