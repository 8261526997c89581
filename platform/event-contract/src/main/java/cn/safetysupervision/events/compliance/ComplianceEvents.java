package cn.safetysupervision.events.compliance;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.TopicSpec;

import java.util.List;

import static cn.safetysupervision.events.EventCatalog.TYPE_PREFIX;

/** What compliance-service publishes. */
public final class ComplianceEvents {

    public static final String OWNER = "compliance-service";

    public static final TopicSpec FINDING_TOPIC = new TopicSpec("compliance.finding", OWNER, "finding id",
            "Findings of the guideline's rule checks (automatic and manual): flagged (suspected or confirmed), confirmed, resolved, dismissed, referred.");

    public static final TopicSpec CREDIT_TOPIC = new TopicSpec("compliance.credit", OWNER, "agency id",
            "An agency's integrity record: four-colour credit grade (蓝/黄/橙/红) and the dishonesty list.");

    public static final TopicSpec SANCTION_TOPIC = new TopicSpec("compliance.sanction", OWNER, "agency id",
            "Sanctions a regulator decided: administrative penalty decisions (行政处罚决定), public once decided.");

    public static final EventType<PenaltyDecidedV1> PENALTY_DECIDED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.sanction.penalty-decided.v1", SANCTION_TOPIC, PenaltyDecidedV1.class,
            "A regulator recorded an administrative penalty decision against an agency.");

    public static final EventType<ViolationFlaggedV1> VIOLATION_FLAGGED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.finding.flagged.v1", FINDING_TOPIC, ViolationFlaggedV1.class,
            "A rule found a violation (or a supervisor recorded one): a new open finding.");

    public static final EventType<FindingResolvedV1> FINDING_RESOLVED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.finding.resolved.v1", FINDING_TOPIC, FindingResolvedV1.class,
            "A finding was resolved: the violation was corrected.");

    public static final EventType<FindingDismissedV1> FINDING_DISMISSED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.finding.dismissed.v1", FINDING_TOPIC, FindingDismissedV1.class,
            "A finding was dismissed as unfounded, with the reason; it no longer counts in the integrity record.");

    public static final EventType<FindingReferredV1> FINDING_REFERRED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.finding.referred.v1", FINDING_TOPIC, FindingReferredV1.class,
            "A finding was referred to the judicial authorities (Art. 19), with the referral record.");

    public static final EventType<CreditGradeChangedV1> CREDIT_GRADE_CHANGED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.credit.grade-changed.v1", CREDIT_TOPIC, CreditGradeChangedV1.class,
            "An agency's credit grade changed after its integrity record changed.");

    public static final EventType<DishonestyListingStartedV1> DISHONESTY_LISTING_STARTED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.credit.dishonesty-listing-started.v1", CREDIT_TOPIC, DishonestyListingStartedV1.class,
            "A regulator decided to put the agency on the dishonesty list (失信名单), with decision number, legal basis and term.");

    public static final EventType<FindingConfirmedV1> FINDING_CONFIRMED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.finding.confirmed.v1", FINDING_TOPIC, FindingConfirmedV1.class,
            "A suspected finding was confirmed by a regulator or the association (or automatically, when configured); it now adds points.");

    public static final EventType<DishonestyListingProposedV1> DISHONESTY_LISTING_PROPOSED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.credit.dishonesty-listing-proposed.v1", CREDIT_TOPIC, DishonestyListingProposedV1.class,
            "A red grade proposed a dishonesty listing for a regulator to decide.");

    public static final EventType<DishonestyListingEndedV1> DISHONESTY_LISTING_ENDED_V1 = new EventType<>(
            TYPE_PREFIX + "compliance.credit.dishonesty-listing-ended.v1", CREDIT_TOPIC, DishonestyListingEndedV1.class,
            "An agency left the dishonesty list (term over or credit repair granted).");

    public static final List<TopicSpec> TOPICS = List.of(FINDING_TOPIC, CREDIT_TOPIC, SANCTION_TOPIC);

    public static final List<EventType<?>> ALL = List.of(VIOLATION_FLAGGED_V1, FINDING_RESOLVED_V1,
            FINDING_DISMISSED_V1, FINDING_REFERRED_V1, CREDIT_GRADE_CHANGED_V1, DISHONESTY_LISTING_STARTED_V1,
            DISHONESTY_LISTING_ENDED_V1, FINDING_CONFIRMED_V1, DISHONESTY_LISTING_PROPOSED_V1, PENALTY_DECIDED_V1);

    private ComplianceEvents() {
    }
}
