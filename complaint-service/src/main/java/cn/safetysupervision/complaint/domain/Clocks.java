package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.persistence.CaseClock;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Starting, moving and stopping a case's clocks (the sweeper reports the missed ones). */
@ApplicationScoped
public class Clocks {

    public void start(UUID caseId, ClockKind kind, LocalDate dueOn) {
        CaseClock clock = new CaseClock();
        clock.id = UUID.randomUUID();
        clock.caseId = caseId;
        clock.kind = kind.name();
        clock.dueOn = dueOn;
        clock.persist();
    }

    public void move(UUID caseId, ClockKind kind, LocalDate dueOn) {
        CaseClock.update("dueOn = ?1 where caseId = ?2 and kind = ?3", dueOn, caseId, kind.name());
    }

    public void stop(UUID caseId, ClockKind kind) {
        CaseClock.update("satisfiedAt = ?1 where caseId = ?2 and kind = ?3 and satisfiedAt is null",
                Instant.now(), caseId, kind.name());
    }
}
