package cn.safetysupervision.disclosure.domain;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.events.MongoOutbox;
import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.events.disclosure.DisclosureEvents;
import cn.safetysupervision.events.disclosure.PriceItemV1;
import cn.safetysupervision.events.disclosure.PriceListPublishedV1;
import cn.safetysupervision.events.disclosure.ReportPublishedV1;
import cn.safetysupervision.platform.problem.ProblemException;
import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * What an agency itself may do here, on its own data only: publish a submitted report's disclosure with the site
 * images it chooses among the evidence archived for that contract, and publish a new version of its price list.
 * Each change and its event are one single-document write (see {@link MongoOutbox}).
 */
@ApplicationScoped
public class AgencyPublishing {

    private final MongoStore store;
    private final MongoOutbox outbox;
    private final DisclosureConfig config;
    private final SiteImageCopies copies;
    private final AgencyPages pages;

    AgencyPublishing(MongoStore store, MongoOutbox outbox, DisclosureConfig config, SiteImageCopies copies,
                     AgencyPages pages) {
        this.pages = pages;
        this.store = store;
        this.outbox = outbox;
        this.config = config;
        this.copies = copies;
    }

    public record PublicationResult(String reportId, LocalDate publishedOn, boolean onTime, boolean firstPublication) {
    }

    /**
     * Publishes (or, once published, changes the site images of) a report of the calling agency. Another agency's
     * report answers 404 like one that does not exist.
     */
    public PublicationResult publishReport(UUID agencyId, String reportId, List<String> imageIds) {
        Document report = store.reports().find(Filters.and(Filters.eq("_id", reportId),
                Filters.eq("agencyId", agencyId.toString()))).first();
        if (report == null) {
            throw ProblemException.notFound("report", reportId);
        }
        List<String> images = new ArrayList<>(new LinkedHashSet<>(imageIds == null ? List.of() : imageIds));
        if (images.size() < config.report().minSiteImages()) {
            throw ProblemException.invalidField("imageEvidenceIds",
                    "至少选择 " + config.report().minSiteImages() + " 张现场图像 (at least " + config.report().minSiteImages() + " site images)");
        }
        if (images.size() > config.report().maxSiteImages()) {
            throw ProblemException.invalidField("imageEvidenceIds", "at most " + config.report().maxSiteImages() + " site images");
        }
        for (String id : images) {
            Document e = store.evidence().find(Filters.and(Filters.eq("_id", id),
                    Filters.eq("contractId", report.getString("contractId")))).first();
            if (e == null) {
                throw ProblemException.invalidField("imageEvidenceIds", "evidence " + id + " is not archived for this report's contract");
            }
            String mediaType = e.getString("mediaType");
            if (mediaType == null || !mediaType.startsWith("image/")) {
                throw ProblemException.invalidField("imageEvidenceIds", "evidence " + id + " is not an image (" + mediaType + ")");
            }
        }
        // The choice is recorded before the report changes: a copy is fetched later, also if contract-service is away now.
        copies.request(images);
        if ("PUBLISHED".equals(report.getString("status"))) {
            // Choosing other images later keeps the first publication date (what on-time is judged by).
            store.reports().updateOne(Filters.eq("_id", reportId), Updates.set("publication.imageIds", images));
            // also heals a page entry a crash between the publication and its page write left out
            pages.follow(AgencyPages.REPORTS, store.reports(), reportId);
            Document p = report.get("publication", Document.class);
            return new PublicationResult(reportId, LocalDate.parse(p.getString("publishedOn")), p.getBoolean("onTime", true), false);
        }
        Instant now = Instant.now();
        LocalDate publishedOn = now.atZone(PublicDirectory.BEIJING).toLocalDate();
        String dueText = report.getString("disclosureDueOn");
        LocalDate dueOn = dueText == null ? null : LocalDate.parse(dueText);
        boolean onTime = dueOn == null || !publishedOn.isAfter(dueOn);
        ReportPublishedV1 payload = new ReportPublishedV1(UUID.fromString(reportId),
                UUID.fromString(report.getString("contractId")), agencyId, report.getString("reportNumber"),
                LocalDate.parse(report.getString("issueDate")), dueOn, now, onTime, images.size(),
                config.publicBaseUrl() + "/reports/" + reportId);
        Document publication = new Document("publishedAt", Date.from(now)).append("publishedOn", publishedOn.toString())
                .append("onTime", onTime).append("imageIds", images);
        // Conditional on SUBMITTED: of two concurrent publications exactly one changes the document and pushes the event.
        long changed = store.reports().updateOne(Filters.and(Filters.eq("_id", reportId), Filters.eq("status", "SUBMITTED")),
                Updates.combine(Updates.set("status", "PUBLISHED"), Updates.set("publication", publication),
                        Updates.push(MongoOutbox.FIELD, outbox.event(DisclosureEvents.REPORT_PUBLISHED_V1, reportId, payload))))
                .getModifiedCount();
        if (changed == 0) {
            return publishReport(agencyId, reportId, images);
        }
        pages.follow(AgencyPages.REPORTS, store.reports(), reportId);
        return new PublicationResult(reportId, publishedOn, onTime, true);
    }

    public record PriceInput(String item, String content, java.math.BigDecimal price, String pricingMethod) {
    }

    /** A new version of the agency's price list; the earlier versions stay public as history (Art. 16). */
    public int publishPrices(UUID agencyId, LocalDate effectiveOn, List<PriceInput> items) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Document last = store.priceLists().find(Filters.eq("agencyId", agencyId.toString()))
                    .sort(Sorts.descending("version")).limit(1).first();
            int version = last == null ? 1 : last.getInteger("version") + 1;
            Instant now = Instant.now();
            List<Document> docs = new ArrayList<>();
            List<PriceItemV1> eventItems = new ArrayList<>();
            for (PriceInput i : items) {
                docs.add(new Document("item", i.item()).append("content", i.content())
                        .append("price", i.price() == null ? null : new Decimal128(i.price()))
                        .append("pricingMethod", i.pricingMethod()));
                eventItems.add(new PriceItemV1(i.item(), i.content(), i.price(), i.pricingMethod()));
            }
            PriceListPublishedV1 payload = new PriceListPublishedV1(agencyId, version, effectiveOn, eventItems, now);
            Document list = new Document("_id", agencyId + ":" + version).append("agencyId", agencyId.toString())
                    .append("version", version).append("effectiveOn", effectiveOn.toString())
                    .append("publishedAt", Date.from(now)).append("items", docs)
                    .append(MongoOutbox.FIELD, List.of(outbox.event(DisclosureEvents.PRICE_LIST_PUBLISHED_V1,
                            agencyId.toString(), payload)));
            try {
                store.priceLists().insertOne(list);
                pages.follow(AgencyPages.PRICE_LISTS, store.priceLists(), agencyId + ":" + version);
                return version;
            } catch (MongoException e) {
                if (!MongoStore.isDuplicateKey(e)) {
                    throw e;
                }
                // another publication took this version number: take the next
            }
        }
        throw ProblemException.conflict("the price list changed concurrently; try again");
    }
}
