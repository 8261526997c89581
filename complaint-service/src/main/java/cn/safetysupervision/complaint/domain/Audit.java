package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.persistence.CaseAudit;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** The audit trail of a case: actions without content, never identity; it outlives the purge. */
@ApplicationScoped
public class Audit {

    public void record(UUID caseId, String action, String actor, String note) {
        CaseAudit entry = new CaseAudit();
        entry.caseId = caseId;
        entry.action = action;
        entry.actor = actor;
        entry.at = Instant.now();
        entry.note = note;
        entry.persist();
    }
}
