package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.persistence.CaseMessage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Messages between handler and reporter. */
public final class Messages {

    private Messages() {
    }

    public static CaseMessage add(UUID caseId, String author, String body) {
        CaseMessage m = new CaseMessage();
        m.id = UUID.randomUUID();
        m.caseId = caseId;
        m.author = author;
        m.body = body;
        m.createdAt = Instant.now();
        m.persist();
        return m;
    }

    public static List<CaseMessage> of(UUID caseId) {
        return CaseMessage.list("caseId = ?1 order by createdAt", caseId);
    }
}
