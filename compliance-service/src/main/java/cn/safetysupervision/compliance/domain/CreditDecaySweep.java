package cn.safetysupervision.compliance.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Recounts the points of agencies whose oldest counting finding has left the decay window, so that a grade also
 * improves when nothing new happens; shortly after start (catching up after downtime), then every interval.
 */
@ApplicationScoped
public class CreditDecaySweep {

    private static final int BATCH = 200;

    private final CreditService credit;

    CreditDecaySweep(CreditService credit) {
        this.credit = credit;
    }

    @Scheduled(every = "${compliance.credit.decay-sweep-interval}", delayed = "PT20S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        Instant now = Instant.now();
        while (credit.recountDecayed(now, BATCH) == BATCH) {
            // more agencies are due; each batch commits on its own
        }
    }
}
