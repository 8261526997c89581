package cn.safetysupervision.events.disclosure;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.TopicSpec;

import java.util.List;

import static cn.safetysupervision.events.EventCatalog.TYPE_PREFIX;

/** What disclosure-service publishes. */
public final class DisclosureEvents {

    public static final String OWNER = "disclosure-service";

    public static final TopicSpec REPORT_TOPIC = new TopicSpec("disclosure.report", OWNER, "report id",
            "Public disclosure of service reports (Art. 11): published, and overdue when not published in time.");

    public static final TopicSpec PRICE_TOPIC = new TopicSpec("disclosure.price", OWNER, "agency id",
            "Agencies' public price lists (Art. 16 明码标价).");

    public static final EventType<ReportPublishedV1> REPORT_PUBLISHED_V1 = new EventType<>(
            TYPE_PREFIX + "disclosure.report.published.v1", REPORT_TOPIC, ReportPublishedV1.class,
            "An agency published a submitted report's disclosure with its site images.");

    public static final EventType<ReportDisclosureOverdueV1> REPORT_DISCLOSURE_OVERDUE_V1 = new EventType<>(
            TYPE_PREFIX + "disclosure.report.disclosure-overdue.v1", REPORT_TOPIC, ReportDisclosureOverdueV1.class,
            "A submitted report was not published by its disclosure due date (once per report).");

    public static final EventType<PriceListPublishedV1> PRICE_LIST_PUBLISHED_V1 = new EventType<>(
            TYPE_PREFIX + "disclosure.price.list-published.v1", PRICE_TOPIC, PriceListPublishedV1.class,
            "An agency published or changed its price list (a new version; earlier ones stay public).");

    public static final List<TopicSpec> TOPICS = List.of(REPORT_TOPIC, PRICE_TOPIC);

    public static final List<EventType<?>> ALL = List.of(REPORT_PUBLISHED_V1, REPORT_DISCLOSURE_OVERDUE_V1,
            PRICE_LIST_PUBLISHED_V1);

    private DisclosureEvents() {
    }
}
