package cn.safetysupervision.disclosure.domain;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.events.MongoOutbox;
import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.events.disclosure.DisclosureEvents;
import cn.safetysupervision.events.disclosure.ReportDisclosureOverdueV1;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Art. 11 timeliness: a report not published by its disclosure due date raises exactly one
 * {@code disclosure.report.disclosure-overdue.v1}. The claim is the report document itself: one conditional update
 * sets {@code overdueRaisedAt} only where it is absent and pushes the event into the document's outbox in the same
 * write, so of any number of replicas sweeping at once exactly one changes the document, and a sweep after downtime
 * finds what the last one missed. A report published late, before any sweep saw it, is overdue all the same.
 */
@ApplicationScoped
public class OverdueSweep {

    private static final Logger LOG = Logger.getLogger(OverdueSweep.class);

    private final MongoStore store;
    private final MongoOutbox outbox;
    private final DisclosureConfig config;
    private final PublicDirectory directory;

    OverdueSweep(MongoStore store, MongoOutbox outbox, DisclosureConfig config, PublicDirectory directory) {
        this.store = store;
        this.outbox = outbox;
        this.config = config;
        this.directory = directory;
    }

    @Scheduled(every = "${disclosure.overdue.sweep-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int raised = sweep(directory.today());
        if (raised > 0) {
            LOG.infof("%d report(s) past their disclosure due date", raised);
        }
    }

    /** Marks overdue every report whose due date is before {@code today}; how many this call claimed. */
    public int sweep(LocalDate today) {
        Bson due = Filters.and(Filters.ne("disclosureDueOn", null), Filters.lt("disclosureDueOn", today.toString()),
                Filters.exists("overdueRaisedAt", false),
                Filters.or(Filters.eq("status", "SUBMITTED"), Filters.eq("publication.onTime", false)));
        List<Document> candidates = new ArrayList<>();
        store.reports().find(due).limit(config.overdue().batchSize()).into(candidates);
        int claimed = 0;
        for (Document r : candidates) {
            Instant now = Instant.now();
            ReportDisclosureOverdueV1 payload = new ReportDisclosureOverdueV1(UUID.fromString(r.getString("_id")),
                    UUID.fromString(r.getString("contractId")), UUID.fromString(r.getString("agencyId")),
                    r.getString("reportNumber"), LocalDate.parse(r.getString("issueDate")),
                    LocalDate.parse(r.getString("disclosureDueOn")), now);
            long changed = store.reports().updateOne(
                    Filters.and(Filters.eq("_id", r.getString("_id")), Filters.exists("overdueRaisedAt", false)),
                    Updates.combine(Updates.set("overdueRaisedAt", Date.from(now)), Updates.push(MongoOutbox.FIELD,
                            outbox.event(DisclosureEvents.REPORT_DISCLOSURE_OVERDUE_V1, r.getString("_id"), payload))))
                    .getModifiedCount();
            claimed += (int) changed;
        }
        return claimed;
    }
}
