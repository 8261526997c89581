package cn.safetysupervision.compliance.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The integrity record's own clock: what changes with time alone. Each job runs shortly after start (catching up
 * after downtime), then every interval; replicas share the work through CreditService's locking.
 */
@ApplicationScoped
public class CreditRecordSweeps {

    private static final int DECAY_BATCH = 200;

    private final CreditService credit;
    private final FindingService findings;

    CreditRecordSweeps(CreditService credit, FindingService findings) {
        this.credit = credit;
        this.findings = findings;
    }

    /** Only with compliance.due-process.auto-confirm-after-window on (off by default): see FindingService#autoConfirmDue. */
    @Scheduled(every = "${compliance.due-process.auto-confirm-sweep-interval:PT1H}", delayed = "PT40S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void autoConfirm() {
        autoConfirmAsOf(LocalDate.now(CreditService.ZONE));
    }

    /** The sweep as of {@code today} (tests drive it with a day after the window instead of waiting for it). */
    public void autoConfirmAsOf(LocalDate today) {
        while (findings.autoConfirmDue(today, DECAY_BATCH) == DECAY_BATCH) {
            // more are due; each batch commits on its own
        }
    }

    /** Recounts agencies whose oldest counting finding has left the decay window, so a grade also improves by itself. */
    @Scheduled(every = "${compliance.credit.decay-sweep-interval}", delayed = "PT20S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void recountDecayed() {
        Instant now = Instant.now();
        while (credit.recountDecayed(now, DECAY_BATCH) == DECAY_BATCH) {
            // more agencies are due; each batch commits on its own
        }
    }

    /** Ends dishonesty listings whose term is over. */
    @Scheduled(every = "${compliance.listing-sweep-interval:PT1H}", delayed = "PT30S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void endListingsOver() {
        credit.endListingsOverBy(LocalDate.now(CreditService.ZONE));
    }
}
