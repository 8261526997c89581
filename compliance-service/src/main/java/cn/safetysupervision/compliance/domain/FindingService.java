package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.domain.rules.ComplianceRule;
import cn.safetysupervision.compliance.domain.rules.Violation;
import cn.safetysupervision.compliance.events.ComplianceEventMapper;
import cn.safetysupervision.compliance.persistence.Finding;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Opens findings (one open finding per rule and subject) and moves them through their life cycle. */
@ApplicationScoped
public class FindingService {

    public static final String SYSTEM = "system";

    public static final String AUTOMATIC = "AUTOMATIC";

    private final Outbox outbox;
    private final ComplianceEventMapper events;
    private final CreditService credit;
    private final WorkingDays workingDays;
    private final ComplianceConfig config;

    FindingService(Outbox outbox, ComplianceEventMapper events, CreditService credit, WorkingDays workingDays,
                   ComplianceConfig config) {
        this.outbox = outbox;
        this.events = events;
        this.credit = credit;
        this.workingDays = workingDays;
        this.config = config;
    }

    /**
     * Opens a finding of the rule on the violation's subject, or — when one is already open — adds the event to
     * its evidence. An event already judged by this rule on this subject (a redelivery, a replay of the topics, a
     * repeated sweep) changes nothing, even when that finding has been closed since.
     *
     * @return the finding (null when nothing changed) and whether it is new
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Flagged flag(ComplianceRule rule, Violation violation, List<String> eventIds, String origin, String by) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> requested = eventIds;
        // One read answers both questions: was the event judged here before, and is a finding still open.
        List<Finding> earlier = Finding.ofRuleOn(rule.id(), violation.subjectType(), violation.subjectId());
        eventIds = eventIds.stream()
                .filter(id -> earlier.stream().noneMatch(f -> f.triggeringEventIds.contains(id)))
                .toList();
        if (!requested.isEmpty() && eventIds.isEmpty()) {
            return new Flagged(null, false);
        }
        var open = earlier.stream().filter(f -> FindingStatus.STILL_OPEN.contains(f.status)).findFirst();
        if (open.isPresent()) {
            Finding finding = open.get();
            boolean repeated = false;
            for (String eventId : eventIds) {
                if (!finding.triggeringEventIds.contains(eventId)) {
                    finding.triggeringEventIds.add(eventId);
                    repeated = true;
                }
            }
            if (repeated || eventIds.isEmpty()) {
                finding.occurrences++;
                finding.lastSeenAt = now;
                Map<String, String> facts = new LinkedHashMap<>(finding.facts);
                facts.putAll(violation.facts());
                finding.facts = facts;
            }
            return new Flagged(finding, false);
        }
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.agencyId = violation.agencyId();
        finding.subjectType = violation.subjectType();
        finding.subjectId = violation.subjectId();
        finding.ruleId = rule.id();
        finding.ruleVersion = rule.version();
        finding.article = rule.article();
        finding.severity = rule.severity();
        finding.title = rule.titleZh();
        finding.origin = origin;
        finding.status = FindingStatus.OPEN;
        finding.triggeringEventIds.addAll(eventIds);
        finding.facts.putAll(violation.facts());
        finding.occurrences = 1;
        finding.flaggedBy = by;
        finding.flaggedAt = now;
        finding.lastSeenAt = now;
        rule.parameters().forEach((name, value) -> finding.ruleParameters.put(name, String.valueOf(value)));
        // Issue 14: a machine check is a suspicion the agency may answer; a person recording a finding confirms it.
        if (AUTOMATIC.equals(origin)) {
            finding.verdict = Verdict.SUSPECTED;
            finding.respondBy = workingDays.plusWorkingDays(LocalDate.now(CreditService.ZONE),
                    config.dueProcess().responseWorkingDays());
        } else {
            finding.verdict = Verdict.CONFIRMED;
            finding.confirmedBy = by;
            finding.confirmedAt = now;
        }
        finding.persist();
        outbox.publish(ComplianceEvents.VIOLATION_FLAGGED_V1, finding.id, events.flagged(finding));
        if (finding.verdict == Verdict.CONFIRMED) {
            credit.addFinding(finding.agencyId, finding.severity, finding.flaggedAt, finding.id);
        }
        return new Flagged(finding, true);
    }

    /**
     * A regulator or the association confirms a suspected finding, with the reason: from now on it adds points.
     * {@code automatic} marks the optional confirmation after an unanswered window.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Finding confirm(Finding finding, String reason, String by, boolean automatic) {
        if (finding.verdict != Verdict.SUSPECTED) {
            throw ProblemException.conflict("finding " + finding.id + " is already " + finding.verdict,
                    Map.of("verdict", finding.verdict.name()));
        }
        requireStatus(finding, EnumSet.of(FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED, FindingStatus.RESOLVED,
                FindingStatus.REFERRED), "confirmed");
        finding.verdict = Verdict.CONFIRMED;
        finding.confirmedBy = by;
        finding.confirmedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        finding.confirmationReason = reason;
        finding.autoConfirmed = automatic;
        finding.persistAndFlush();
        outbox.publish(ComplianceEvents.FINDING_CONFIRMED_V1, finding.id, events.confirmed(finding));
        credit.addFinding(finding.agencyId, finding.severity, finding.flaggedAt, finding.id);
        return finding;
    }

    /** The agency answers a suspected finding about itself within the response window: statement and evidence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Finding respond(Finding finding, String statement, List<String> evidence, String by) {
        if (finding.verdict != Verdict.SUSPECTED) {
            throw ProblemException.conflict("finding " + finding.id + " is " + finding.verdict + "; a response is taken only while it is suspected");
        }
        requireStatus(finding, FindingStatus.STILL_OPEN, "answered");
        LocalDate today = LocalDate.now(CreditService.ZONE);
        if (finding.respondBy != null && today.isAfter(finding.respondBy)) {
            throw ProblemException.conflict("the response window ended on " + finding.respondBy,
                    Map.of("respondBy", finding.respondBy.toString()));
        }
        if (finding.respondedAt != null) {
            throw ProblemException.conflict("finding " + finding.id + " has already been answered");
        }
        finding.responseStatement = statement;
        finding.responseEvidence = new java.util.ArrayList<>(evidence == null ? List.of() : evidence);
        finding.respondedBy = by;
        finding.respondedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return finding;
    }

    /**
     * With {@code compliance.due-process.auto-confirm-after-window} on: confirms suspected findings whose window
     * ended before {@code today} and which the agency did not answer (an answer waits for a person to read it).
     */
    @Transactional
    public int autoConfirmDue(LocalDate today, int limit) {
        if (!config.dueProcess().autoConfirmAfterWindow()) {
            return 0;
        }
        List<Finding> due = Finding.<Finding>find("verdict = ?1 and status in ?2 and respondBy < ?3 and respondedAt is null order by flaggedAt",
                Verdict.SUSPECTED, FindingStatus.STILL_OPEN, today).page(0, limit).list();
        due.forEach(f -> confirm(f, "自动确认：答辩期（至 " + f.respondBy + "）届满，机构未答辩，无人处理", SYSTEM, true));
        return due.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Finding acknowledge(Finding finding, String by) {
        requireStatus(finding, EnumSet.of(FindingStatus.OPEN), "acknowledged");
        finding.status = FindingStatus.ACKNOWLEDGED;
        finding.acknowledgedBy = by;
        finding.acknowledgedAt = Instant.now();
        return finding;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Finding resolve(Finding finding, String note, String by) {
        requireStatus(finding, FindingStatus.STILL_OPEN, "resolved");
        finding.status = FindingStatus.RESOLVED;
        finding.resolutionNote = note;
        finding.resolvedBy = by;
        finding.resolvedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        outbox.publish(ComplianceEvents.FINDING_RESOLVED_V1, finding.id, events.resolved(finding));
        return finding;
    }

    /** A dismissed finding was unfounded: it leaves the integrity record, so the grade is recomputed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Finding dismiss(Finding finding, String reason, String by) {
        requireStatus(finding, FindingStatus.STILL_OPEN, "dismissed");
        finding.status = FindingStatus.DISMISSED;
        finding.dismissalReason = reason;
        finding.dismissedBy = by;
        finding.dismissedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        finding.persistAndFlush();
        outbox.publish(ComplianceEvents.FINDING_DISMISSED_V1, finding.id, events.dismissed(finding));
        credit.recount(finding.agencyId, finding.id);
        return finding;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Finding refer(Finding finding, String authority, String referenceNumber, LocalDate referredOn, String note,
                         String by) {
        requireStatus(finding, EnumSet.of(FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED, FindingStatus.RESOLVED),
                "referred");
        finding.status = FindingStatus.REFERRED;
        finding.referralAuthority = authority;
        finding.referralReference = referenceNumber;
        finding.referralDate = referredOn;
        finding.referralNote = note;
        finding.referredBy = by;
        finding.referredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        outbox.publish(ComplianceEvents.FINDING_REFERRED_V1, finding.id, events.referred(finding));
        return finding;
    }

    private static void requireStatus(Finding finding, Set<FindingStatus> allowed, String action) {
        if (!allowed.contains(finding.status)) {
            throw ProblemException.conflict("finding " + finding.id + " is " + finding.status + " and cannot be "
                    + action + " (allowed from " + allowed + ")", Map.of("status", finding.status.name()));
        }
    }

    /** A finding and whether this call opened it. */
    public record Flagged(Finding finding, boolean opened) {
    }
}
