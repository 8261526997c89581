package cn.safetysupervision.compliance.domain;

import cn.safetysupervision.compliance.config.ComplianceConfig;
import cn.safetysupervision.compliance.events.ComplianceEventMapper;
import cn.safetysupervision.compliance.persistence.CreditGradeChange;
import cn.safetysupervision.compliance.persistence.CreditRecord;
import cn.safetysupervision.compliance.persistence.DishonestyListing;
import cn.safetysupervision.compliance.persistence.Finding;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.platform.events.Outbox;
import cn.safetysupervision.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The integrity record: penalty points of the findings within the decay window (dismissed ones do not count),
 * the four-colour grade they give, its history, and the dishonesty list a red grade leads to.
 */
@ApplicationScoped
public class CreditService {

    /** Dates of listings are Chinese calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ComplianceConfig config;
    private final Outbox outbox;
    private final ComplianceEventMapper events;

    CreditService(ComplianceConfig config, Outbox outbox, ComplianceEventMapper events) {
        this.config = config;
        this.outbox = outbox;
        this.events = events;
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

    /** Penalty points of the agency's counting findings flagged within the decay window. */
    public int currentPoints(UUID agencyId) {
        Instant since = Instant.now().minus(config.credit().decayWindow());
        List<Object[]> perSeverity = Finding.getEntityManager().createQuery("""
                        select f.severity, count(f) from Finding f
                        where f.agencyId = ?1 and f.status <> ?2 and f.flaggedAt >= ?3 group by f.severity""", Object[].class)
                .setParameter(1, agencyId).setParameter(2, FindingStatus.DISMISSED).setParameter(3, since)
                .getResultList();
        return perSeverity.stream().mapToInt(row -> points((Severity) row[0]) * ((Number) row[1]).intValue()).sum();
    }

    /** Recomputes the grade; a change is recorded, published, and a new red grade lists the agency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreditRecord recompute(UUID agencyId, UUID triggeringFindingId) {
        int points = currentPoints(agencyId);
        CreditGrade grade = gradeFor(points);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CreditRecord record = CreditRecord.findById(agencyId);
        if (record == null) {
            record = new CreditRecord();
            record.agencyId = agencyId;
            record.grade = CreditGrade.BLUE;
            record.points = 0;
            record.updatedAt = now;
            record.persist();
        }
        CreditGrade previous = record.grade;
        record.points = points;
        record.updatedAt = now;
        if (previous != grade) {
            record.grade = grade;
            CreditGradeChange change = new CreditGradeChange();
            change.id = UUID.randomUUID();
            change.agencyId = agencyId;
            change.previousGrade = previous;
            change.grade = grade;
            change.points = points;
            change.triggeringFindingId = triggeringFindingId;
            change.changedAt = now;
            change.persist();
            outbox.publish(ComplianceEvents.CREDIT_GRADE_CHANGED_V1, agencyId, events.gradeChanged(change));
            if (grade == CreditGrade.RED && DishonestyListing.active(agencyId).isEmpty()) {
                startListing(agencyId, LocalDate.now(ZONE));
            }
        }
        return record;
    }

    private void startListing(UUID agencyId, LocalDate today) {
        DishonestyListing listing = new DishonestyListing();
        listing.id = UUID.randomUUID();
        listing.agencyId = agencyId;
        listing.startDate = today;
        listing.endDate = today.plus(config.credit().listingTerm()).minusDays(1);
        listing.repairRequestAllowedFrom = today.plus(config.credit().repairRequestAfter());
        listing.persistAndFlush();
        outbox.publish(ComplianceEvents.DISHONESTY_LISTING_STARTED_V1, agencyId, events.listingStarted(listing));
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

    /** Ends every listing whose term is over (run daily by {@code ListingTermSweep}). */
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
