package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.domain.rules.Facts;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.compliance.domain.rules.registry.Art14Item12UnfiledChange;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * ART14-12 without any filing: a change whose filing due date has passed unfiled. The finding's evidence is the
 * change event; the one-open-finding rule keeps repeated sweeps from adding findings.
 */
@ApplicationScoped
public class FilingDeadlineSweep {

    private final EntityManager em;
    private final FindingService findings;
    private final Art14Item12UnfiledChange rule;

    FilingDeadlineSweep(EntityManager em, FindingService findings, Art14Item12UnfiledChange rule) {
        this.em = em;
        this.findings = findings;
        this.rule = rule;
    }

    @Scheduled(every = "${compliance.deadline-sweep-interval:PT1H}", delayed = "PT20S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        sweep(LocalDate.now(CreditService.ZONE));
    }

    /** @return findings opened */
    @Transactional
    public int sweep(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> overdue = em.createNativeQuery("""
                        select filing_id, agency_id, changed_fields, filing_due_on, change_event_id from pending_filing
                        where filed_on is null and filing_due_on < ?1 order by filing_due_on""")
                .setParameter(1, today).getResultList();
        int opened = 0;
        for (Object[] row : overdue) {
            UUID agencyId = (UUID) row[1];
            var violation = new Violation(agencyId, SubjectType.AGENCY, agencyId,
                    Facts.of("filingId", row[0]).and("changedFields", row[2]).and("filingDueOn", row[3])
                            .and("filedOn", "not filed").map());
            if (findings.flag(rule, violation, List.of((String) row[4]), "AUTOMATIC", FindingService.SYSTEM).opened()) {
                opened++;
            }
        }
        return opened;
    }
}
