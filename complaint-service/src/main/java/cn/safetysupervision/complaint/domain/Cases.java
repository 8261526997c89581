package cn.safetysupervision.complaint.domain;

import cn.safetysupervision.complaint.config.ComplaintConfig;
import cn.safetysupervision.complaint.persistence.CaseMessage;
import cn.safetysupervision.complaint.persistence.ComplaintCase;
import cn.safetysupervision.complaint.persistence.RegistryAgency;
import cn.safetysupervision.events.complaint.CaseReceivedV1;
import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The reporter's side: intake, and following the case with the receipt code. */
@ApplicationScoped
public class Cases {

    /** A received complaint: the code is returned this once and never again. */
    public record Receipt(ComplaintCase complaint, String code) {
    }

    private final ReceiptCodes codes;
    private final CodeThrottle throttle;
    private final Identities identities;
    private final Calendar calendar;
    private final Clocks clocks;
    private final Audit audit;
    private final Outbox outbox;
    private final ComplaintConfig config;

    Cases(ReceiptCodes codes, CodeThrottle throttle, Identities identities, Calendar calendar, Clocks clocks,
          Audit audit, Outbox outbox, ComplaintConfig config) {
        this.codes = codes;
        this.throttle = throttle;
        this.identities = identities;
        this.calendar = calendar;
        this.clocks = clocks;
        this.audit = audit;
        this.outbox = outbox;
        this.config = config;
    }

    public Receipt receive(Commands.Intake intake) {
        if (intake.category() == null) {
            throw ProblemException.invalidField("category", "choose what the complaint is about");
        }
        if (intake.description() == null || intake.description().strip().length() < 10 || intake.description().length() > 5000) {
            throw ProblemException.invalidField("description", "describe what happened in 10–5000 characters");
        }
        if (intake.occurredOn() != null && intake.occurredOn().isAfter(LocalDate.now(config.timeZone()))) {
            throw ProblemException.invalidField("occurredOn", "must not be in the future");
        }
        Identities.validate(intake.identity());
        return QuarkusTransaction.requiringNew().call(() -> {
            if (intake.agencyId() != null && RegistryAgency.findById(intake.agencyId()) == null) {
                throw ProblemException.invalidField("agencyId", "no registered agency has this id; search by name or credit code");
            }
            String code;
            byte[] hash;
            do {
                code = codes.newCode();
                hash = codes.hash(code);
            } while (ComplaintCase.count("receiptHash", hash) > 0);
            Instant now = Instant.now();
            LocalDate today = LocalDate.ofInstant(now, config.timeZone());
            ComplaintCase c = new ComplaintCase();
            c.id = UUID.randomUUID();
            c.receiptHash = hash;
            c.agencyId = intake.agencyId();
            c.agencyNamed = trim(intake.agencyName(), 200);
            c.practitionerNamed = trim(intake.practitionerName(), 100);
            c.project = trim(intake.project(), 300);
            c.contractReference = trim(intake.contractReference(), 100);
            c.category = intake.category().name();
            c.description = intake.description().strip();
            c.occurredOn = intake.occurredOn();
            c.occurredPlace = trim(intake.occurredPlace(), 300);
            c.anonymous = intake.identity() == null;
            c.contactConsent = intake.identity() != null && intake.identity().consentToContact();
            c.status = CaseStatus.RECEIVED.name();
            c.receivedAt = now;
            c.triageDueOn = calendar.addWorkingDays(today, config.clocks().triageWorkingDays());
            c.persist();
            if (intake.identity() != null) {
                identities.store(c.id, intake.identity());
            }
            clocks.start(c.id, ClockKind.TRIAGE, c.triageDueOn);
            audit.record(c.id, "RECEIVED", "public", c.anonymous ? "anonymous" : "identified");
            outbox.publish(ComplaintEvents.RECEIVED_V1, c.id,
                    new CaseReceivedV1(c.id, c.agencyId, c.category, c.triageDueOn, now));
            return new Receipt(c, code);
        });
    }

    /**
     * The case a receipt code belongs to, for the source asking. A wrong code is recorded against the source (its own
     * committed transaction) and answered 404; a blocked source gets 429 before the code is even looked at.
     */
    public ComplaintCase byCode(String typedCode, String source) {
        Optional<UUID> found = QuarkusTransaction.requiringNew().call(() -> {
            throttle.admit(source);
            String code = ReceiptCodes.normalise(typedCode);
            Optional<ComplaintCase> c = code == null ? Optional.empty()
                    : ComplaintCase.<ComplaintCase>find("receiptHash", codes.hash(code)).firstResultOptional();
            if (c.isEmpty()) {
                throttle.recordFailure(source);
            }
            return c.map(x -> x.id);
        });
        // Same answer for a malformed and an unknown code: nothing tells a guesser which codes exist.
        return found.map(id -> (ComplaintCase) ComplaintCase.findById(id))
                .orElseThrow(() -> ProblemException.notFound("case with this receipt code", "(hidden)"));
    }

    /** The reporter writes to the handler (in the caller's transaction). */
    public CaseMessage reply(ComplaintCase c, String body) {
        if (CaseStatus.valueOf(c.status) == CaseStatus.CLOSED || CaseStatus.valueOf(c.status) == CaseStatus.REFUSED) {
            throw ProblemException.conflict("the case is closed; call the hotline for anything new");
        }
        if (body == null || body.isBlank() || body.length() > 5000) {
            throw ProblemException.invalidField("body", "write 1–5000 characters");
        }
        audit.record(c.id, "REPORTER_MESSAGE", "reporter", null);
        return Messages.add(c.id, "REPORTER", body.strip());
    }

    static String trim(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ProblemException.invalidField("text", "a field is longer than " + max + " characters");
        }
        return v;
    }
}
