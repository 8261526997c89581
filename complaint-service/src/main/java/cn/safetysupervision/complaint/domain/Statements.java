package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.persistence.StatementRequest;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The agency's side: it sees its statement requests (the handler's version only) and answers them. */
@ApplicationScoped
public class Statements {

    private final Audit audit;

    Statements(Audit audit) {
        this.audit = audit;
    }

    public List<StatementRequest> of(UUID agencyId) {
        return StatementRequest.list("agencyId = ?1 order by requestedAt desc", agencyId);
    }

    public StatementRequest get(UUID agencyId, UUID id) {
        StatementRequest s = StatementRequest.findById(id);
        if (s == null || !s.agencyId.equals(agencyId)) {
            throw ProblemException.notFound("statement request", id);
        }
        return s;
    }

    public StatementRequest answer(UUID agencyId, UUID id, String answeredBy, String answer) {
        if (answer == null || answer.strip().length() < 5 || answer.length() > 10000) {
            throw ProblemException.invalidField("answer", "write the statement (5–10000 characters)");
        }
        StatementRequest s = get(agencyId, id);
        if (s.answeredAt != null) {
            throw ProblemException.conflict("this statement was already given");
        }
        s.answer = answer.strip();
        s.answeredBy = answeredBy;
        s.answeredAt = Instant.now();
        audit.record(s.caseId, "STATEMENT_GIVEN", answeredBy, null);
        return s;
    }
}
