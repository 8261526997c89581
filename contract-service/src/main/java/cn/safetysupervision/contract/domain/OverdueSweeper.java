package cn.safetysupervision.contract.domain;

import cn.safetysupervision.contract.config.ContractConfig;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.FollowUpOverdueV1;
import cn.safetysupervision.events.contract.RectificationConfirmationOverdueV1;
import cn.safetysupervision.events.contract.ReportOverdueV1;
import cn.safetysupervision.events.contract.WrittenNoticeOverdueV1;
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
 * Emits exactly one overdue event per missed deadline: batches claim due rows through the partial index on
 * {@code due_date} as {@link ClaimingSweep} describes. It runs at start (catching up after downtime) and then every
 * {@code contract.sweep.interval}.
 */
@ApplicationScoped
public class OverdueSweeper {

    private static final Logger LOG = Logger.getLogger(OverdueSweeper.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final ContractConfig config;

    OverdueSweeper(EntityManager entityManager, Outbox outbox, ContractConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("overdue sweep at start failed; the scheduled sweep will retry", e);
        }
    }

    /** Not while shutting down: the scheduler keeps ticking after the database pool has closed. */
    @Scheduled(every = "${contract.sweep.interval:1m}", delayed = "${contract.sweep.interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        sweep();
    }

    /** Sweeps until nothing is due; returns how many overdue events were written. */
    public int sweep() {
        LocalDate today = LocalDate.now(config.timeZone());
        int total = ClaimingSweep.untilDrained(config.sweep().batchSize(), () -> sweepBatch(today));
        if (total > 0) {
            LOG.infof("overdue sweep: %d missed deadlines reported", total);
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private int sweepBatch(LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        update contract_deadline d set overdue_emitted_at = now()
                        where d.id in (select id from contract_deadline
                                       where due_date < ?1 and satisfied_at is null and overdue_emitted_at is null
                                       order by due_date
                                       limit ?2
                                       for update skip locked)
                        returning d.id, d.contract_id, d.agency_id, d.kind, d.due_date""")
                .setParameter(1, today)
                .setParameter(2, config.sweep().batchSize())
                .getResultList();
        Instant now = Instant.now();
        for (Object[] row : rows) {
            UUID deadlineId = (UUID) row[0];
            UUID contractId = (UUID) row[1];
            UUID agencyId = (UUID) row[2];
            DeadlineKind kind = DeadlineKind.valueOf((String) row[3]);
            LocalDate due = toLocalDate(row[4]);
            switch (kind) {
                case REPORT -> outbox.publish(ContractEvents.REPORT_OVERDUE_V1, contractId,
                        new ReportOverdueV1(contractId, agencyId, deadlineId, due, now));
                case RECTIFICATION_CONFIRMATION -> outbox.publish(ContractEvents.RECTIFICATION_CONFIRMATION_OVERDUE_V1,
                        contractId, new RectificationConfirmationOverdueV1(contractId, agencyId, deadlineId, due,
                                openHazards(contractId), now));
                case FOLLOW_UP -> outbox.publish(ContractEvents.FOLLOW_UP_OVERDUE_V1, contractId,
                        new FollowUpOverdueV1(contractId, agencyId, deadlineId, due, contractDate(contractId, "completed_date"), now));
                case WRITTEN_NOTICE -> outbox.publish(ContractEvents.WRITTEN_NOTICE_OVERDUE_V1, contractId,
                        new WrittenNoticeOverdueV1(contractId, agencyId, deadlineId, due,
                                contractDate(contractId, "planned_site_work_date"), now));
            }
        }
        return rows.size();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> openHazards(UUID contractId) {
        return entityManager.createNativeQuery("""
                        select id from hazard where contract_id = ?1 and status in ('OPEN', 'RECTIFIED')
                        order by reported_at""")
                .setParameter(1, contractId).getResultList();
    }

    private LocalDate contractDate(UUID contractId, String column) {
        Object value = entityManager.createNativeQuery("select " + column + " from contract where id = ?1")
                .setParameter(1, contractId).getSingleResult();
        return toLocalDate(value);
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
