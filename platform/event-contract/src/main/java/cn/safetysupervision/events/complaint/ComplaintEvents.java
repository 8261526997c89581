package cn.safetysupervision.events.complaint;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.TopicSpec;

import java.util.List;

import static cn.safetysupervision.events.EventCatalog.TYPE_PREFIX;

/**
 * What complaint-service publishes: one topic keyed by case id. No event carries the complaint's text, the
 * reporter's identity or the receipt code: an integrator learns that a case moved, not who reported it.
 */
public final class ComplaintEvents {

    public static final String OWNER = "complaint-service";

    public static final TopicSpec CASE_TOPIC = new TopicSpec("complaint.case", OWNER, "case id",
            "Public complaints (Art. 18) from intake through triage, investigation and outcome to closure, and their clocks.");

    public static final EventType<CaseReceivedV1> RECEIVED_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.received.v1", CASE_TOPIC, CaseReceivedV1.class,
            "A complaint was received: case id, agency if identified, category, triage due date — no content, no identity.");

    public static final EventType<CaseAcceptedV1> ACCEPTED_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.accepted.v1", CASE_TOPIC, CaseAcceptedV1.class,
            "A complaint was accepted for investigation; the closing clock starts.");

    public static final EventType<CaseRefusedV1> REFUSED_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.refused.v1", CASE_TOPIC, CaseRefusedV1.class,
            "A complaint was refused at triage (duplicate, no target or facts, out of competence).");

    public static final EventType<StatementRequestedV1> STATEMENT_REQUESTED_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.statement-requested.v1", CASE_TOPIC, StatementRequestedV1.class,
            "The agency concerned was asked for a statement.");

    public static final EventType<CaseSubstantiatedV1> SUBSTANTIATED_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.substantiated.v1", CASE_TOPIC, CaseSubstantiatedV1.class,
            "A complaint was substantiated under the rule the handler chose (becomes a confirmed finding).");

    public static final EventType<CaseUnsubstantiatedV1> UNSUBSTANTIATED_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.unsubstantiated.v1", CASE_TOPIC, CaseUnsubstantiatedV1.class,
            "A complaint was found unsubstantiated.");

    public static final EventType<CaseReferredV1> REFERRED_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.referred.v1", CASE_TOPIC, CaseReferredV1.class,
            "A complaint was referred to the judicial authorities (Art. 19).");

    public static final EventType<CaseClosedV1> CLOSED_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.closed.v1", CASE_TOPIC, CaseClosedV1.class,
            "A case was closed after the feedback to the reporter.");

    public static final EventType<ClockOverdueV1> CLOCK_OVERDUE_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.clock-overdue.v1", CASE_TOPIC, ClockOverdueV1.class,
            "A case clock (triage, closure, feedback) passed its last day.");

    public static final EventType<PurgeDueV1> PURGE_DUE_V1 = new EventType<>(
            TYPE_PREFIX + "complaint.case.purge-due.v1", CASE_TOPIC, PurgeDueV1.class,
            "Personal data and files of a closed case are about to be purged.");

    public static final List<TopicSpec> TOPICS = List.of(CASE_TOPIC);

    public static final List<EventType<?>> ALL = List.of(RECEIVED_V1, ACCEPTED_V1, REFUSED_V1, STATEMENT_REQUESTED_V1, SUBSTANTIATED_V1, UNSUBSTANTIATED_V1, REFERRED_V1, CLOSED_V1, CLOCK_OVERDUE_V1, PURGE_DUE_V1);

    private ComplaintEvents() {
    }
}
