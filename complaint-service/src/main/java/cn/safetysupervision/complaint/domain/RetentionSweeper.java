package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.events.complaint.PurgeDueV1;
import cn.safetysupervision.platform.events.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Retention: {@code complaint.retention.warn-ahead} before the purge a {@code purge-due} event goes out (once); after
 * {@code complaint.retention.after-closing} the reporter's identity, the texts, messages, statements and files of
 * the closed case are deleted. What stays is the audit record: the case row's dates, category, agency, outcome and
 * rule, the audit trail and the log of identity openings. Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas
 * never do a case twice.
 */
@ApplicationScoped
public class RetentionSweeper {

    private static final Logger LOG = Logger.getLogger(RetentionSweeper.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Audit audit;
    private final ComplaintConfig config;

    RetentionSweeper(EntityManager entityManager, Outbox outbox, Audit audit, ComplaintConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
    }

    @Scheduled(every = "${complaint.sweep.interval:1m}", delayed = "${complaint.sweep.interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run(Instant.now());
    }

    /** Warns and purges as of {@code now}; returns {warned, purged}. */
    public int[] run(Instant now) {
        int warned = QuarkusTransaction.requiringNew().call(() -> warn(now));
        int purged = QuarkusTransaction.requiringNew().call(() -> purge(now));
        if (warned + purged > 0) {
            LOG.infof("retention: %d cases announced for purge, %d purged", warned, purged);
        }
        return new int[]{warned, purged};
    }

    @SuppressWarnings("unchecked")
    private int warn(Instant now) {
        Instant closedBefore = now.minus(config.retention().afterClosing()).plus(config.retention().warnAhead());
        List<Object[]> rows = entityManager.createNativeQuery("""
                        update complaint_case c set purge_warned_at = ?2
                        where c.id in (select id from complaint_case
                                       where closed_at <= ?1 and purge_warned_at is null and purged_at is null
                                       limit 500 for update skip locked)
                        returning c.id, c.closed_at""")
                .setParameter(1, Timestamp.from(closedBefore)).setParameter(2, Timestamp.from(now)).getResultList();
        for (Object[] row : rows) {
            UUID caseId = (UUID) row[0];
            Instant closedAt = toInstant(row[1]);
            LocalDate purgeOn = LocalDate.ofInstant(closedAt.plus(config.retention().afterClosing()), config.timeZone());
            outbox.publish(ComplaintEvents.PURGE_DUE_V1, caseId, new PurgeDueV1(caseId, closedAt, purgeOn, now));
        }
        return rows.size();
    }

    @SuppressWarnings("unchecked")
    private int purge(Instant now) {
        Instant closedBefore = now.minus(config.retention().afterClosing());
        List<UUID> ids = entityManager.createNativeQuery("""
                        update complaint_case c set purged_at = ?2, description = null, agency_named = null,
                            practitioner_named = null, project = null, contract_reference = null, occurred_place = null,
                            refusal_note = null, extension_reason = null, outcome_summary = null
                        where c.id in (select id from complaint_case
                                       where closed_at <= ?1 and purge_warned_at is not null and purged_at is null
                                       limit 500 for update skip locked)
                        returning c.id""")
                .setParameter(1, Timestamp.from(closedBefore)).setParameter(2, Timestamp.from(now)).getResultList();
        for (UUID id : ids) {
            for (String sql : List.of("delete from reporter_identity where case_id = ?1",
                    "delete from attachment where case_id = ?1",
                    "delete from case_message where case_id = ?1",
                    "update statement_request set agency_version = '（已按保存期限删除）', answer = null where case_id = ?1")) {
                entityManager.createNativeQuery(sql).setParameter(1, id).executeUpdate();
            }
            audit.record(id, "PURGED", "system", null);
        }
        return ids.size();
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
