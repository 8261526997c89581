package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.persistence.CaseMessage;
import cn.safetysupervision.complaint.persistence.ComplaintCase;
import cn.safetysupervision.complaint.persistence.StatementRequest;
import cn.safetysupervision.events.complaint.CaseAcceptedV1;
import cn.safetysupervision.events.complaint.CaseClosedV1;
import cn.safetysupervision.events.complaint.CaseReferredV1;
import cn.safetysupervision.events.complaint.CaseRefusedV1;
import cn.safetysupervision.events.complaint.CaseSubstantiatedV1;
import cn.safetysupervision.events.complaint.CaseUnsubstantiatedV1;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.events.complaint.StatementRequestedV1;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The case handler's side (regulator or association). Every method runs in the caller's transaction; every state
 * change writes its event through the outbox in that transaction. No event carries content or identity, except
 * the handler's own summary of a substantiated complaint, which is written for publication.
 */
@ApplicationScoped
public class Handling {

    private final Calendar calendar;
    private final Clocks clocks;
    private final Audit audit;
    private final Outbox outbox;
    private final ComplaintConfig config;

    Handling(Calendar calendar, Clocks clocks, Audit audit, Outbox outbox, ComplaintConfig config) {
        this.calendar = calendar;
        this.clocks = clocks;
        this.audit = audit;
        this.outbox = outbox;
        this.config = config;
    }

    public ComplaintCase get(UUID id) {
        ComplaintCase c = ComplaintCase.findById(id);
        if (c == null) {
            throw ProblemException.notFound("case", id);
        }
        return c;
    }

    public List<ComplaintCase> queue(CaseStatus status, int page, int size) {
        return ComplaintCase.find("status = ?1 order by receivedAt", status.name()).page(page, size).list();
    }

    /** Other open cases about the same agency (received, accepted or decided), newest first. */
    public List<ComplaintCase> similarOpen(ComplaintCase c) {
        if (c.agencyId == null) {
            return List.of();
        }
        return ComplaintCase.find("agencyId = ?1 and id <> ?2 and status in ?3 order by receivedAt desc", c.agencyId, c.id,
                List.of(CaseStatus.RECEIVED.name(), CaseStatus.ACCEPTED.name(), CaseStatus.DECIDED.name())).page(0, 20).list();
    }

    public ComplaintCase accept(UUID id, String handler, UUID agencyId) {
        ComplaintCase c = inStatus(id, CaseStatus.RECEIVED, "accepted");
        if (agencyId != null) {
            // The handler may identify the agency the reporter could not name exactly.
            c.agencyId = agencyId;
        }
        Instant now = Instant.now();
        c.status = CaseStatus.ACCEPTED.name();
        c.triagedAt = now;
        c.triagedBy = handler;
        c.acceptedAt = now;
        c.closeDueOn = calendar.addDays(today(), config.clocks().closeDays());
        clocks.stop(c.id, ClockKind.TRIAGE);
        clocks.start(c.id, ClockKind.CLOSURE, c.closeDueOn);
        audit.record(c.id, "ACCEPTED", handler, null);
        outbox.publish(ComplaintEvents.ACCEPTED_V1, c.id,
                new CaseAcceptedV1(c.id, c.agencyId, c.category, c.closeDueOn, handler, now));
        return c;
    }

    public ComplaintCase refuse(UUID id, String handler, Commands.Refusal refusal) {
        if (refusal.reason() == null) {
            throw ProblemException.invalidField("reason", "choose DUPLICATE, NO_TARGET_OR_FACTS or OUT_OF_COMPETENCE");
        }
        if (refusal.reason() == RefusalReason.DUPLICATE) {
            if (refusal.duplicateOf() == null || refusal.duplicateOf().equals(id) || ComplaintCase.findById(refusal.duplicateOf()) == null) {
                throw ProblemException.invalidField("duplicateOf", "name the earlier case this one repeats");
            }
        }
        if (refusal.reason() == RefusalReason.OUT_OF_COMPETENCE
                && (refusal.competentAuthority() == null || refusal.competentAuthority().isBlank())) {
            throw ProblemException.invalidField("competentAuthority", "tell the reporter whom to turn to");
        }
        if (refusal.messageToReporter() == null || refusal.messageToReporter().isBlank()) {
            throw ProblemException.invalidField("messageToReporter", "explain the refusal to the reporter");
        }
        ComplaintCase c = inStatus(id, CaseStatus.RECEIVED, "refused");
        Instant now = Instant.now();
        c.status = CaseStatus.REFUSED.name();
        c.triagedAt = now;
        c.triagedBy = handler;
        c.refusalReason = refusal.reason().name();
        c.duplicateOf = refusal.reason() == RefusalReason.DUPLICATE ? refusal.duplicateOf() : null;
        c.competentAuthority = refusal.reason() == RefusalReason.OUT_OF_COMPETENCE ? refusal.competentAuthority().strip() : null;
        c.refusalNote = refusal.messageToReporter().strip();
        c.closedAt = now;
        c.closedBy = handler;
        Messages.add(c.id, "HANDLER", c.refusalNote);
        clocks.stop(c.id, ClockKind.TRIAGE);
        audit.record(c.id, "REFUSED", handler, c.refusalReason);
        outbox.publish(ComplaintEvents.REFUSED_V1, c.id, new CaseRefusedV1(c.id, c.agencyId, c.refusalReason,
                c.duplicateOf, c.competentAuthority, handler, now));
        outbox.publish(ComplaintEvents.CLOSED_V1, c.id, new CaseClosedV1(c.id, c.agencyId, "REFUSED", handler, now));
        return c;
    }

    /** Extends the closing deadline once, by the configured days, with a reason the reporter is shown. */
    public ComplaintCase extend(UUID id, String handler, String reason) {
        if (reason == null || reason.strip().length() < 5 || reason.length() > 2000) {
            throw ProblemException.invalidField("reason", "give the reason the reporter will read (5–2000 characters)");
        }
        ComplaintCase c = inStatus(id, CaseStatus.ACCEPTED, "extended");
        if (c.extendedAt != null) {
            throw ProblemException.conflict("the closing deadline was already extended once");
        }
        if (today().isAfter(c.closeDueOn)) {
            throw ProblemException.conflict("the closing deadline " + c.closeDueOn + " has passed; it can no longer be extended");
        }
        LocalDate accepted = LocalDate.ofInstant(c.acceptedAt, config.timeZone());
        c.closeDueOn = calendar.addDays(accepted, config.clocks().closeDays() + config.clocks().extensionDays());
        c.extendedAt = Instant.now();
        c.extensionReason = reason.strip();
        clocks.move(c.id, ClockKind.CLOSURE, c.closeDueOn);
        audit.record(c.id, "EXTENDED", handler, null);
        return c;
    }

    public StatementRequest requestStatement(UUID id, String handler, String agencyVersion) {
        if (agencyVersion == null || agencyVersion.strip().length() < 10 || agencyVersion.length() > 5000) {
            throw ProblemException.invalidField("agencyVersion",
                    "write the version of the complaint the agency will read (10–5000 characters, nothing that identifies the reporter)");
        }
        ComplaintCase c = inStatus(id, CaseStatus.ACCEPTED, "asked for a statement");
        if (c.agencyId == null) {
            throw ProblemException.unprocessable("the case names no registered agency; identify it when accepting");
        }
        StatementRequest s = new StatementRequest();
        s.id = UUID.randomUUID();
        s.caseId = c.id;
        s.agencyId = c.agencyId;
        s.agencyVersion = agencyVersion.strip();
        s.respondBy = calendar.addWorkingDays(today(), config.clocks().statementWorkingDays());
        s.requestedBy = handler;
        s.requestedAt = Instant.now();
        s.persist();
        audit.record(c.id, "STATEMENT_REQUESTED", handler, null);
        outbox.publish(ComplaintEvents.STATEMENT_REQUESTED_V1, c.id,
                new StatementRequestedV1(c.id, c.agencyId, s.id, s.respondBy, handler, s.requestedAt));
        return s;
    }

    public List<StatementRequest> statements(UUID caseId) {
        return StatementRequest.list("caseId = ?1 order by requestedAt", caseId);
    }

    public ComplaintCase decide(UUID id, String handler, Commands.Decision d) {
        if (d.outcome() == null) {
            throw ProblemException.invalidField("outcome", "choose SUBSTANTIATED, UNSUBSTANTIATED, REFERRED or CLOSED");
        }
        if (d.summary() == null || d.summary().strip().length() < 5 || d.summary().length() > 2000) {
            throw ProblemException.invalidField("summary", "summarise the established facts (5–2000 characters)");
        }
        ComplaintCase c = inStatus(id, CaseStatus.ACCEPTED, "decided");
        Instant now = Instant.now();
        switch (d.outcome()) {
            case SUBSTANTIATED -> {
                if (d.ruleId() == null || !d.ruleId().matches("ART[0-9]{1,2}-[0-9]{1,2}")) {
                    throw ProblemException.invalidField("ruleId", "choose the rule that was violated, e.g. ART14-6");
                }
                if (c.agencyId == null) {
                    throw ProblemException.unprocessable("a substantiated complaint must name a registered agency");
                }
                c.ruleId = d.ruleId();
                outbox.publish(ComplaintEvents.SUBSTANTIATED_V1, c.id,
                        new CaseSubstantiatedV1(c.id, c.agencyId, c.ruleId, d.summary().strip(), handler, now));
            }
            case UNSUBSTANTIATED -> outbox.publish(ComplaintEvents.UNSUBSTANTIATED_V1, c.id,
                    new CaseUnsubstantiatedV1(c.id, c.agencyId, handler, now));
            case REFERRED -> {
                Commands.Referral r = d.referral();
                if (r == null || blank(r.authority()) || blank(r.referenceNumber()) || r.referredOn() == null) {
                    throw ProblemException.invalidField("referral", "give the authority, the referral number and the date (Art. 19)");
                }
                c.referralAuthority = r.authority().strip();
                c.referralNumber = r.referenceNumber().strip();
                c.referralOn = r.referredOn();
                outbox.publish(ComplaintEvents.REFERRED_V1, c.id, new CaseReferredV1(c.id, c.agencyId,
                        c.referralAuthority, c.referralNumber, c.referralOn, handler, now));
            }
            case CLOSED -> {
                // closed without a finding either way (e.g. the reporter withdrew): only the closed event follows.
            }
        }
        c.outcome = d.outcome().name();
        c.outcomeSummary = d.summary().strip();
        c.status = CaseStatus.DECIDED.name();
        c.decidedAt = now;
        c.decidedBy = handler;
        c.feedbackDueOn = calendar.addDays(today(), config.clocks().feedbackDays());
        clocks.stop(c.id, ClockKind.CLOSURE);
        clocks.start(c.id, ClockKind.FEEDBACK, c.feedbackDueOn);
        audit.record(c.id, "DECIDED", handler, c.outcome);
        return c;
    }

    /** Gives the reporter the feedback and closes the case. */
    public ComplaintCase close(UUID id, String handler, String feedback) {
        if (feedback == null || feedback.strip().length() < 5 || feedback.length() > 5000) {
            throw ProblemException.invalidField("feedback", "write the feedback the reporter will read (5–5000 characters)");
        }
        ComplaintCase c = inStatus(id, CaseStatus.DECIDED, "closed");
        Instant now = Instant.now();
        Messages.add(c.id, "HANDLER", feedback.strip());
        c.status = CaseStatus.CLOSED.name();
        c.closedAt = now;
        c.closedBy = handler;
        clocks.stop(c.id, ClockKind.FEEDBACK);
        audit.record(c.id, "CLOSED", handler, c.outcome);
        outbox.publish(ComplaintEvents.CLOSED_V1, c.id, new CaseClosedV1(c.id, c.agencyId, c.outcome, handler, now));
        return c;
    }

    public CaseMessage message(UUID id, String handler, String body) {
        if (body == null || body.isBlank() || body.length() > 5000) {
            throw ProblemException.invalidField("body", "write 1–5000 characters");
        }
        ComplaintCase c = get(id);
        if (c.purgedAt != null) {
            throw ProblemException.conflict("the case's personal data was purged");
        }
        audit.record(c.id, "HANDLER_MESSAGE", handler, null);
        return Messages.add(c.id, "HANDLER", body.strip());
    }

    private ComplaintCase inStatus(UUID id, CaseStatus expected, String what) {
        ComplaintCase c = get(id);
        if (!c.status.equals(expected.name())) {
            throw ProblemException.conflict("a case in status " + c.status + " cannot be " + what);
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(config.timeZone());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
