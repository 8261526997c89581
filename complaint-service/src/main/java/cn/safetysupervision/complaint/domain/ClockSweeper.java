package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.events.complaint.ClockOverdueV1;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.persistence.ClaimingSweep;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One {@code clock-overdue} event per missed clock, also with several replicas and after downtime: batches claim
 * due clocks as {@link ClaimingSweep} describes. It runs at start (catching up after downtime) and then every
 * {@code complaint.sweep.interval}.
 */
@ApplicationScoped
public class ClockSweeper {

    private static final Logger LOG = Logger.getLogger(ClockSweeper.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ComplaintConfig config;

    ClockSweeper(EntityManager entityManager, Outbox outbox, ComplaintConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("clock sweep at start failed; the scheduled sweep will retry", e);
        }
    }

    @Scheduled(every = "${complaint.sweep.interval:1m}", delayed = "${complaint.sweep.interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        sweep();
    }

    /** Sweeps until nothing is due; returns how many overdue events were written. */
    public int sweep() {
        return sweep(LocalDate.now(config.timeZone()));
    }

    /** As of {@code today}: a clock is overdue once its last day has passed. */
    public int sweep(LocalDate today) {
        int total = ClaimingSweep.untilDrained(config.sweep().batchSize(), () -> sweepBatch(today));
        if (total > 0) {
            LOG.infof("clock sweep: %d missed case clocks reported", total);
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private int sweepBatch(LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        update case_clock k set overdue_emitted_at = now()
                        from complaint_case c
                        where c.id = k.case_id
                          and k.id in (select id from case_clock
                                       where due_on < ?1 and satisfied_at is null and overdue_emitted_at is null
                                       order by due_on
                                       limit ?2
                                       for update skip locked)
                        returning k.case_id, c.agency_id, k.kind, k.due_on""")
                .setParameter(1, today)
                .setParameter(2, config.sweep().batchSize())
                .getResultList();
        Instant now = Instant.now();
        for (Object[] row : rows) {
            UUID caseId = (UUID) row[0];
            outbox.publish(ComplaintEvents.CLOCK_OVERDUE_V1, caseId,
                    new ClockOverdueV1(caseId, (UUID) row[1], (String) row[2], toLocalDate(row[3]), now));
        }
        return rows.size();
    }

    static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
