package cn.safetysupervision.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A red grade's proposal to list the agency as dishonest, waiting for a regulator's decision (issue 14). */
@Entity
@Table(name = "listing_proposal")
public class ListingProposal extends PanacheEntityBase {

    public static final String PROPOSED = "PROPOSED";
    public static final String LISTED = "LISTED";
    public static final String DECLINED = "DECLINED";

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public int points;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    /** PROPOSED, LISTED or DECLINED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "listing_id")
    public UUID listingId;

    @Version
    @Column(nullable = false)
    public long version;

    public static Optional<ListingProposal> open(UUID agencyId) {
        return find("agencyId = ?1 and status = ?2", agencyId, PROPOSED).firstResultOptional();
    }

    public static List<ListingProposal> openOldestFirst(int limit) {
        return find("status = ?1 order by proposedAt", PROPOSED).page(0, limit).list();
    }
}
