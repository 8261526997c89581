package cn.safetysupervision.compliance.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/** Ends dishonesty listings whose term is over; daily, and once shortly after start. */
@ApplicationScoped
public class ListingTermSweep {

    private final CreditService credit;

    ListingTermSweep(CreditService credit) {
        this.credit = credit;
    }

    @Scheduled(every = "${compliance.listing-sweep-interval:PT1H}", delayed = "PT30S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        credit.endListingsOverBy(LocalDate.now(CreditService.ZONE));
    }
}
