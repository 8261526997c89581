package cn.safetysupervision.disclosure.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import cn.safetysupervision.disclosure.config.DisclosureConfig;

/**
 * The service's MongoDB database and its collections, with the indexes every query relies on (created at start;
 * creating an existing index is a no-op). No query here needs a transaction: each write is one document.
 */
@ApplicationScoped
public class MongoStore {

    public static final String AGENCIES = "agencies";
    public static final String CERTIFICATES = "certificates";
    public static final String EMPLOYMENTS = "employments";
    public static final String CONTRACTS = "contracts";
    public static final String REPORTS = "reports";
    public static final String EVIDENCE = "evidence";
    public static final String PRICE_LISTS = "price_lists";
    public static final String SANCTIONS = "sanctions";
    public static final String CONSUMED_EVENTS = "consumed_events";
    public static final String LEASES = "leases";
    public static final String CALENDAR_YEARS = "calendar_years";
    /** One public document per agency (_id = agency id): the agency page's one lookup. */
    public static final String AGENCY_PAGES = "agency_pages";
    /** Only the fields search filters on and shows, one document per agency. */
    public static final String AGENCY_INDEX = "agency_index";

    private final MongoDatabase database;

    MongoStore(MongoClient client, DisclosureConfig config) {
        this.database = client.getDatabase(config.mongodb().database());
    }

    void onStart(@Observes StartupEvent event) {
        agencies().createIndex(Indexes.ascending("nameLower"));
        agencies().createIndex(Indexes.ascending("creditCode"));
        agencies().createIndex(Indexes.ascending("district", "nameLower"));
        certificates().createIndex(Indexes.ascending("agencyId"));
        employments().createIndex(Indexes.ascending("agencyId"));
        reports().createIndex(Indexes.ascending("agencyId", "status", "issueDate"));
        reports().createIndex(Indexes.ascending("reportNumber"));
        reports().createIndex(Indexes.ascending("status", "disclosureDueOn"));
        evidence().createIndex(Indexes.ascending("contractId"));
        evidence().createIndex(Indexes.ascending("sha256"));
        evidence().createIndex(Indexes.ascending("copy.state", "copy.nextAttemptAt"));
        reports().createIndex(Indexes.ascending("publication.imageIds"));
        priceLists().createIndex(Indexes.ascending("agencyId", "version"), new IndexOptions().unique(true));
        sanctions().createIndex(Indexes.ascending("agencyId"));
        sanctions().createIndex(Indexes.descending("decidedOn"));
        agencyIndex().createIndex(Indexes.ascending("nameLower"));
        agencyIndex().createIndex(Indexes.ascending("creditCode"));
        agencyIndex().createIndex(Indexes.ascending("district", "nameLower"));
    }

    public MongoCollection<Document> agencies() {
        return database.getCollection(AGENCIES);
    }

    public MongoCollection<Document> certificates() {
        return database.getCollection(CERTIFICATES);
    }

    public MongoCollection<Document> employments() {
        return database.getCollection(EMPLOYMENTS);
    }

    public MongoCollection<Document> contracts() {
        return database.getCollection(CONTRACTS);
    }

    public MongoCollection<Document> reports() {
        return database.getCollection(REPORTS);
    }

    public MongoCollection<Document> evidence() {
        return database.getCollection(EVIDENCE);
    }

    public MongoCollection<Document> priceLists() {
        return database.getCollection(PRICE_LISTS);
    }

    public MongoCollection<Document> sanctions() {
        return database.getCollection(SANCTIONS);
    }

    public MongoCollection<Document> agencyPages() {
        return database.getCollection(AGENCY_PAGES);
    }

    public MongoCollection<Document> agencyIndex() {
        return database.getCollection(AGENCY_INDEX);
    }

    public MongoCollection<Document> consumedEvents() {
        return database.getCollection(CONSUMED_EVENTS);
    }

    /** The working-day calendar as contract-service publishes it: one document per year (_id = year). */
    public MongoCollection<Document> calendarYears() {
        return database.getCollection(CALENDAR_YEARS);
    }

    public MongoCollection<Document> leases() {
        return database.getCollection(LEASES);
    }

    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    /** Whether a write failed on a unique index (E11000), the wire server's and MongoDB's code alike. */
    public static boolean isDuplicateKey(com.mongodb.MongoException e) {
        return e.getCode() == 11000 || (e instanceof com.mongodb.MongoWriteException w && w.getError().getCode() == 11000);
    }
}
