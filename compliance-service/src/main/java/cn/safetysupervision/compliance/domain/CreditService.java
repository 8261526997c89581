package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.events.ComplianceEventMapper;
import cn.safetysupervision.compliance.persistence.CreditGradeChange;
import cn.safetysupervision.compliance.persistence.CreditRecord;
import cn.safetysupervision.compliance.persistence.DishonestyListing;
import cn.safetysupervision.compliance.persistence.Finding;
import cn.safetysupervision.compliance.persistence.ListingProposal;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The integrity record: penalty points of the findings within the decay window (dismissed ones do not count),
 * the four-colour grade they give, its history, and the dishonesty list: a red grade proposes a listing, a regulator
 * decides it. Only CONFIRMED findings count (issue 14).
 */
@ApplicationScoped
public class CreditService {

    /** Dates of listings are Chinese calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ComplianceConfig config;
    private final Outbox outbox;
    private final ComplianceEventMapper events;

    private final TransactionSynchronizationRegistry transactions;

    CreditService(ComplianceConfig config, Outbox outbox, ComplianceEventMapper events,
                  TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.outbox = outbox;
        this.events = events;
        this.transactions = transactions;
    }

    public int points(Severity severity) {
        return switch (severity) {
            case MINOR -> config.credit().minorPoints();
            case MAJOR -> config.credit().majorPoints();
            case SEVERE -> config.credit().severePoints();
        };
    }

    public CreditGrade gradeFor(int points) {
        ComplianceConfig.Credit c = config.credit();
        if (points >= c.redFrom()) {
            return CreditGrade.RED;
        }
        if (points >= c.orangeFrom()) {
            return CreditGrade.ORANGE;
        }
        return points >= c.yellowFrom() ? CreditGrade.YELLOW : CreditGrade.BLUE;
    }

    /**
     * A newly flagged finding adds its points: at once, or — after {@link #deferAdditionsUntilCommit} — when
     * {@link #applyDeferredAdditions} is called before the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addFinding(UUID agencyId, Severity severity, Instant flaggedAt, UUID findingId) {
        PendingAddition addition = new PendingAddition(severity, flaggedAt, findingId);
        SortedMap<UUID, List<PendingAddition>> pending = deferredAdditions();
        if (pending == null) {
            add(agencyId, addition);
        } else {
            pending.computeIfAbsent(agencyId, id -> new ArrayList<>()).add(addition);
        }
    }

    /**
     * From now on in the current transaction, points of new findings are added only by
     * {@link #applyDeferredAdditions}, which the transaction must call before its commit (a commit with additions
     * still pending fails rather than lose them). A consumer judging many events then locks each agency's record
     * once, and every consumer locks records in the same order (by agency id), so transactions applying
     * events side by side never deadlock on them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deferAdditionsUntilCommit() {
        if (deferredAdditions() != null) {
            return;
        }
        SortedMap<UUID, List<PendingAddition>> pending = new TreeMap<>();
        transactions.putResource(PendingAddition.class, pending);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (!pending.isEmpty()) {
                    throw new IllegalStateException("integrity-record points of " + pending.size()
                            + " agencies deferred and never applied: call applyDeferredAdditions before commit");
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }

    /** Adds the points deferred in this transaction, agency by agency in id order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyDeferredAdditions() {
        SortedMap<UUID, List<PendingAddition>> pending = deferredAdditions();
        if (pending != null) {
            pending.forEach((agencyId, additions) -> additions.forEach(addition -> add(agencyId, addition)));
            pending.clear();
        }
    }

    private record PendingAddition(Severity severity, Instant flaggedAt, UUID findingId) {
    }

    /** This transaction's deferred additions by agency, null unless it defers them. */
    @SuppressWarnings("unchecked")
    private SortedMap<UUID, List<PendingAddition>> deferredAdditions() {
        return (SortedMap<UUID, List<PendingAddition>>) transactions.getResource(PendingAddition.class);
    }

    /**
     * Adds a finding's points. The record was exact before (every change goes through here or a recount), so
     * nothing needs counting again: this stays cheap however many findings the agency has.
     */
    private void add(UUID agencyId, PendingAddition addition) {
        CreditRecord record = lockedRecord(agencyId);
        Instant flaggedAt = addition.flaggedAt();
        Instant leavesWindow = flaggedAt.plus(config.credit().decayWindow());
        if (record.nextDecayAt == null || leavesWindow.isBefore(record.nextDecayAt)) {
            record.nextDecayAt = leavesWindow;
        }
        regrade(record, record.points + points(addition.severity()), addition.findingId());
    }

    /** Counts the agency's points afresh: after a dismissal, and when findings left the decay window. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreditRecord recount(UUID agencyId, UUID triggeringFindingId) {
        // The count below includes this transaction's new findings: their deferred additions are done with.
        SortedMap<UUID, List<PendingAddition>> pending = deferredAdditions();
        if (pending != null) {
            pending.remove(agencyId);
        }
        CreditRecord record = lockedRecord(agencyId);
        Instant since = Instant.now().minus(config.credit().decayWindow());
        List<Object[]> perSeverity = Finding.getEntityManager().createQuery("""
                        select f.severity, count(f), min(f.flaggedAt) from Finding f
                        where f.agencyId = ?1 and f.status <> ?2 and f.flaggedAt >= ?3 and f.verdict = ?4
                        group by f.severity""", Object[].class)
                .setParameter(1, agencyId).setParameter(2, FindingStatus.DISMISSED).setParameter(3, since)
                .setParameter(4, Verdict.CONFIRMED)
                .getResultList();
        int points = perSeverity.stream().mapToInt(row -> points((Severity) row[0]) * ((Number) row[1]).intValue()).sum();
        record.nextDecayAt = perSeverity.stream().map(row -> (Instant) row[2]).min(Instant::compareTo)
                .map(oldest -> oldest.plus(config.credit().decayWindow())).orElse(null);
        return regrade(record, points, triggeringFindingId);
    }

    /**
     * Recounts agencies whose oldest counting finding has left the decay window, so a grade also improves when
     * nothing new happens. Replicas share the work: a record locked by one is skipped by the others.
     *
     * @return agencies recounted in this call (at most {@code limit})
     */
    @Transactional
    public int recountDecayed(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> due = Finding.getEntityManager().createNativeQuery("""
                        select agency_id from credit_record where next_decay_at <= ?1
                        order by next_decay_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        due.forEach(agencyId -> recount(agencyId, null));
        return due.size();
    }

    /** The agency's record, created 蓝 with no points if absent, locked until the transaction ends. */
    private CreditRecord lockedRecord(UUID agencyId) {
        CreditRecord existing = CreditRecord.findById(agencyId, LockModeType.PESSIMISTIC_WRITE);
        if (existing != null) {
            return existing;
        }
        // First finding of the agency; a concurrent first finding elsewhere makes the insert a no-op.
        Finding.getEntityManager().createNativeQuery("""
                        insert into credit_record (agency_id, grade, points, updated_at) values (?1, 'BLUE', 0, ?2)
                        on conflict (agency_id) do nothing""")
                .setParameter(1, agencyId).setParameter(2, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        return CreditRecord.findById(agencyId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Sets the points; a change of grade is recorded, published, and a new red grade lists the agency. */
    private CreditRecord regrade(CreditRecord record, int points, UUID triggeringFindingId) {
        CreditGrade grade = gradeFor(points);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CreditGrade previous = record.grade;
        record.points = points;
        record.updatedAt = now;
        if (previous != grade) {
            record.grade = grade;
            CreditGradeChange change = new CreditGradeChange();
            change.id = UUID.randomUUID();
            change.agencyId = record.agencyId;
            change.previousGrade = previous;
            change.grade = grade;
            change.points = points;
            change.triggeringFindingId = triggeringFindingId;
            change.changedAt = now;
            change.persist();
            outbox.publish(ComplianceEvents.CREDIT_GRADE_CHANGED_V1, record.agencyId, events.gradeChanged(change));
            if (grade == CreditGrade.RED && DishonestyListing.active(record.agencyId).isEmpty()
                    && ListingProposal.open(record.agencyId).isEmpty()) {
                propose(record.agencyId, points, now);
            }
        }
        return record;
    }

    /** Issue 14: a red grade only proposes the listing (MEM Order No. 11 makes it a regulator's decision). */
    private void propose(UUID agencyId, int points, Instant now) {
        ListingProposal proposal = new ListingProposal();
        proposal.id = UUID.randomUUID();
        proposal.agencyId = agencyId;
        proposal.points = points;
        proposal.proposedAt = now;
        proposal.status = ListingProposal.PROPOSED;
        proposal.persistAndFlush();
        outbox.publish(ComplianceEvents.DISHONESTY_LISTING_PROPOSED_V1, agencyId, events.listingProposed(proposal));
    }

    /**
     * A regulator decides a proposal: lists the agency (decision number, legal basis, start and end) or declines,
     * with the reason. Records who, when and why.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListingProposal decideProposal(ListingProposal proposal, boolean list, String decisionNumber, String legalBasis,
                                          LocalDate startDate, LocalDate endDate, String reason, String by) {
        if (!ListingProposal.PROPOSED.equals(proposal.status)) {
            throw ProblemException.conflict("proposal " + proposal.id + " was already decided (" + proposal.status + ")");
        }
        proposal.decidedBy = by;
        proposal.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        proposal.decisionReason = reason;
        if (!list) {
            proposal.status = ListingProposal.DECLINED;
            return proposal;
        }
        if (DishonestyListing.active(proposal.agencyId).isPresent()) {
            throw ProblemException.conflict("the agency is already on the dishonesty list");
        }
        DishonestyListing listing = new DishonestyListing();
        listing.id = UUID.randomUUID();
        listing.agencyId = proposal.agencyId;
        listing.startDate = startDate;
        listing.endDate = endDate;
        listing.repairRequestAllowedFrom = startDate.plus(config.credit().repairRequestAfter());
        listing.decisionNumber = decisionNumber;
        listing.legalBasis = legalBasis;
        listing.decidedBy = by;
        listing.proposalId = proposal.id;
        listing.persistAndFlush();
        proposal.status = ListingProposal.LISTED;
        proposal.listingId = listing.id;
        outbox.publish(ComplianceEvents.DISHONESTY_LISTING_STARTED_V1, listing.agencyId, events.listingStarted(listing));
        return proposal;
    }

    /** The default end day of a listing starting on {@code start}: the configured term. */
    public LocalDate defaultListingEnd(LocalDate start) {
        return start.plus(config.credit().listingTerm()).minusDays(1);
    }

    /** The agency asks for credit repair; only after the waiting time, once per listing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DishonestyListing requestRepair(DishonestyListing listing, String statement) {
        if (listing.endedOn != null) {
            throw ProblemException.conflict("listing " + listing.id + " has already ended");
        }
        LocalDate today = LocalDate.now(ZONE);
        if (today.isBefore(listing.repairRequestAllowedFrom)) {
            throw ProblemException.conflict("credit repair can be requested from " + listing.repairRequestAllowedFrom,
                    Map.of("repairRequestAllowedFrom", listing.repairRequestAllowedFrom.toString()));
        }
        if (listing.repairRequestedAt != null && listing.repairDecidedBy == null) {
            throw ProblemException.conflict("a repair request of listing " + listing.id + " is already pending");
        }
        listing.repairRequestedAt = Instant.now();
        listing.repairStatement = statement;
        listing.repairDecidedBy = null;
        listing.repairDecisionNote = null;
        return listing;
    }

    /** A supervisor decides a pending repair request; granting it ends the listing today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DishonestyListing decideRepair(DishonestyListing listing, boolean granted, String note, String by) {
        if (listing.endedOn != null || listing.repairRequestedAt == null || listing.repairDecidedBy != null) {
            throw ProblemException.conflict("listing " + listing.id + " has no pending repair request");
        }
        listing.repairDecidedBy = by;
        listing.repairDecisionNote = note;
        if (granted) {
            end(listing, LocalDate.now(ZONE), "REPAIRED");
        }
        return listing;
    }

    /** Ends every listing whose term is over (run by {@code CreditRecordSweeps}). */
    @Transactional
    public int endListingsOverBy(LocalDate today) {
        List<DishonestyListing> over = DishonestyListing.termOverBy(today);
        over.forEach(l -> end(l, l.endDate, "TERM_OVER"));
        return over.size();
    }

    private void end(DishonestyListing listing, LocalDate on, String reason) {
        listing.endedOn = on;
        listing.endReason = reason;
        outbox.publish(ComplianceEvents.DISHONESTY_LISTING_ENDED_V1, listing.agencyId, events.listingEnded(listing));
    }
}
