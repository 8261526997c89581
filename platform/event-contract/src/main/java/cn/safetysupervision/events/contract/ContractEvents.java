package cn.safetysupervision.events.contract;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.TopicSpec;

import java.util.List;

import static cn.safetysupervision.events.EventCatalog.TYPE_PREFIX;

/** What contract-service publishes: one topic, keyed by contract id, so a contract's events stay in order. */
public final class ContractEvents {

    public static final String OWNER = "contract-service";

    public static final TopicSpec CONTRACT_TOPIC = new TopicSpec("contract.contract", OWNER, "contract id",
            "A service contract's life: signing and amendments with staffing (附件3), written notice, site visits and "
            + "evidence, hazards, the report, follow-ups, and missed deadlines.");

    public static final EventType<ContractSignedV1> SIGNED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.signed.v1", CONTRACT_TOPIC, ContractSignedV1.class,
            "A contract was signed: full terms, client, fee, dates and staffing (附件3) with credentials.");

    public static final EventType<ContractAmendedV1> AMENDED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.amended.v1", CONTRACT_TOPIC, ContractAmendedV1.class,
            "A signed contract was amended; carries the full terms after the change.");

    public static final EventType<ContractCancelledV1> CANCELLED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.cancelled.v1", CONTRACT_TOPIC, ContractCancelledV1.class,
            "A contract was cancelled before completion.");

    public static final EventType<ContractCompletedV1> COMPLETED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.completed.v1", CONTRACT_TOPIC, ContractCompletedV1.class,
            "A contract was completed; the follow-up deadline starts.");

    public static final EventType<WrittenNoticeFiledV1> WRITTEN_NOTICE_FILED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.written-notice-filed.v1", CONTRACT_TOPIC, WrittenNoticeFiledV1.class,
            "The written notice (书面告知) to the local authority was filed.");

    public static final EventType<WrittenNoticeOverdueV1> WRITTEN_NOTICE_OVERDUE_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.written-notice-overdue.v1", CONTRACT_TOPIC, WrittenNoticeOverdueV1.class,
            "No written notice was filed by its due date before site work.");

    public static final EventType<SiteVisitRecordedV1> SITE_VISIT_RECORDED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.site-visit-recorded.v1", CONTRACT_TOPIC, SiteVisitRecordedV1.class,
            "A site visit was recorded: time, place and attending practitioners.");

    public static final EventType<EvidenceArchivedV1> EVIDENCE_ARCHIVED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.evidence-archived.v1", CONTRACT_TOPIC, EvidenceArchivedV1.class,
            "An evidence file (photo, video, PDF) was archived immutably with its SHA-256.");

    public static final EventType<HazardReportedV1> HAZARD_REPORTED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.hazard-reported.v1", CONTRACT_TOPIC, HazardReportedV1.class,
            "A hazard (一般/重大隐患) found during the service was reported with advice.");

    public static final EventType<HazardDeferredV1> HAZARD_DEFERRED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.hazard-deferred.v1", CONTRACT_TOPIC, HazardDeferredV1.class,
            "The client cannot rectify a hazard soon; the record Art. 8 asks for was made.");

    public static final EventType<HazardRectifiedV1> HAZARD_RECTIFIED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.hazard-rectified.v1", CONTRACT_TOPIC, HazardRectifiedV1.class,
            "The client rectified a hazard; awaiting the agency's confirmation.");

    public static final EventType<HazardConfirmedV1> HAZARD_CONFIRMED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.hazard-confirmed.v1", CONTRACT_TOPIC, HazardConfirmedV1.class,
            "The agency confirmed a hazard's rectification (整改复核).");

    public static final EventType<ReportSubmittedV1> REPORT_SUBMITTED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.report-submitted.v1", CONTRACT_TOPIC, ReportSubmittedV1.class,
            "The service report was issued: number, type, signatories with credentials, summary, hazards.");

    public static final EventType<ReportOverdueV1> REPORT_OVERDUE_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.report-overdue.v1", CONTRACT_TOPIC, ReportOverdueV1.class,
            "The report was not delivered by its due date.");

    public static final EventType<RectificationConfirmationOverdueV1> RECTIFICATION_CONFIRMATION_OVERDUE_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.rectification-confirmation-overdue.v1", CONTRACT_TOPIC, RectificationConfirmationOverdueV1.class,
            "Rectification confirmation was not delivered by its due date.");

    public static final EventType<FollowUpRecordedV1> FOLLOW_UP_RECORDED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.follow-up-recorded.v1", CONTRACT_TOPIC, FollowUpRecordedV1.class,
            "A follow-up visit after completion was recorded (Art. 10).");

    public static final EventType<FollowUpOverdueV1> FOLLOW_UP_OVERDUE_V1 = new EventType<>(
            TYPE_PREFIX + "contract.contract.follow-up-overdue.v1", CONTRACT_TOPIC, FollowUpOverdueV1.class,
            "No follow-up visit was recorded by its due date after completion.");

    public static final TopicSpec CALENDAR_TOPIC = new TopicSpec("contract.calendar", OWNER, "calendar year",
            "The Chinese working-day calendar, one year per event, as contract-service (its one owner) holds it; "
            + "other services project it rather than keep their own holiday table.");

    public static final EventType<CalendarYearPublishedV1> CALENDAR_YEAR_PUBLISHED_V1 = new EventType<>(
            TYPE_PREFIX + "contract.calendar.year-published.v1", CALENDAR_TOPIC, CalendarYearPublishedV1.class,
            "A calendar year was loaded or replaced: every public holiday and make-up working day of it.");

    public static final List<TopicSpec> TOPICS = List.of(CONTRACT_TOPIC, CALENDAR_TOPIC);

    public static final List<EventType<?>> ALL = List.of(
            CALENDAR_YEAR_PUBLISHED_V1,
            SIGNED_V1,
            AMENDED_V1,
            CANCELLED_V1,
            COMPLETED_V1,
            WRITTEN_NOTICE_FILED_V1,
            WRITTEN_NOTICE_OVERDUE_V1,
            SITE_VISIT_RECORDED_V1,
            EVIDENCE_ARCHIVED_V1,
            HAZARD_REPORTED_V1,
            HAZARD_DEFERRED_V1,
            HAZARD_RECTIFIED_V1,
            HAZARD_CONFIRMED_V1,
            REPORT_SUBMITTED_V1,
            REPORT_OVERDUE_V1,
            RECTIFICATION_CONFIRMATION_OVERDUE_V1,
            FOLLOW_UP_RECORDED_V1,
            FOLLOW_UP_OVERDUE_V1);

    private ContractEvents() {
    }
}
