package cn.safetysupervision.disclosure.domain;

import cn.safetysupervision.disclosure.events.MongoOutbox;
import cn.safetysupervision.disclosure.persistence.MongoStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the per-agency public document ({@code agency_pages}, {@code _id} = agency id) that the agency page reads
 * with one lookup, and the narrow search collection ({@code agency_index}). Called after each projection write.
 * <p>
 * No lost update without transactions: every piece is a map keyed by its source document's id
 * ({@code certificates.<id>}, {@code employments.<id>}, {@code reports.<id>}, {@code priceLists.<id>},
 * {@code sanctions.<id>}), and each write {@code $set}s only that one key from the source document as it stands
 * after its own write; master data sets only the fields its event carries ({@code agency.<field>}). Two events of
 * one agency touching different source documents therefore never overwrite each other; events of the same source
 * document come in order from its partition. A redelivery re-applies the same $set. Date-dependent views (valid
 * today, staff employed today, prices in effect) are computed on read from these entries.
 */
@ApplicationScoped
public class AgencyPages {

    public static final String CERTIFICATES = "certificates";
    public static final String EMPLOYMENTS = "employments";
    public static final String REPORTS = "reports";
    public static final String PRICE_LISTS = "priceLists";
    public static final String SANCTIONS = "sanctions";
    /** Only the fields search filters on and shows. */
    public static final List<String> INDEX_FIELDS = List.of("name", "nameLower", "creditCode", "district", "status");

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoStore store;

    AgencyPages(MongoStore store) {
        this.store = store;
    }

    /** Master data: the same field values the agencies collection got, under {@code agency.}; search fields to the index. */
    public void agencyFields(String agencyId, Map<String, Object> fields) {
        List<Bson> page = new ArrayList<>();
        List<Bson> index = new ArrayList<>();
        fields.forEach((k, v) -> {
            page.add(Updates.set("agency." + k, v));
            if (INDEX_FIELDS.contains(k)) {
                index.add(Updates.set(k, v));
            }
        });
        store.agencyPages().updateOne(Filters.eq("_id", agencyId), Updates.combine(page), UPSERT);
        if (!index.isEmpty()) {
            store.agencyIndex().updateOne(Filters.eq("_id", agencyId), Updates.combine(index), UPSERT);
        }
    }

    /** Copies one source document (after its write) into its agency's page as {@code piece.<id>}; unpublished reports are removed. */
    public void follow(String piece, MongoCollection<Document> source, String sourceId) {
        Document d = source.find(Filters.eq("_id", sourceId)).first();
        if (d == null || d.getString("agencyId") == null) {
            return; // not yet known whose (e.g. a verification before its certificate): its own event brings it
        }
        Bson update = REPORTS.equals(piece) && !"PUBLISHED".equals(d.getString("status"))
                ? Updates.unset(piece + "." + sourceId)
                : Updates.set(piece + "." + sourceId, entry(piece, d));
        store.agencyPages().updateOne(Filters.eq("_id", d.getString("agencyId")), update, UPSERT);
    }

    /** The entry kept for a source document: what the page shows, nothing else (no outbox, no history, no team). */
    public static Document entry(String piece, Document source) {
        Document d = new Document(source);
        d.remove(MongoOutbox.FIELD);
        if (CERTIFICATES.equals(piece)) {
            d.remove("history");
        } else if (REPORTS.equals(piece)) {
            Document p = source.get("publication", Document.class);
            return new Document("_id", source.getString("_id")).append("reportNumber", source.getString("reportNumber"))
                    .append("reportType", source.getString("reportType")).append("issueDate", source.getString("issueDate"))
                    .append("publication", new Document("publishedOn", p == null ? null : p.getString("publishedOn"))
                            .append("onTime", p == null ? Boolean.TRUE : p.getBoolean("onTime", true)));
        }
        return d;
    }
}
