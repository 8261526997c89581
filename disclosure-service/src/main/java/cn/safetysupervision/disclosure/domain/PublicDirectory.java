package cn.safetysupervision.disclosure.domain;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.domain.PublicViews.AgencyProfile;
import cn.safetysupervision.disclosure.domain.PublicViews.AgencySummary;
import cn.safetysupervision.disclosure.domain.PublicViews.Certificate;
import cn.safetysupervision.disclosure.domain.PublicViews.CertificateOnDate;
import cn.safetysupervision.disclosure.domain.PublicViews.FileCheck;
import cn.safetysupervision.disclosure.domain.PublicViews.PriceItem;
import cn.safetysupervision.disclosure.domain.PublicViews.PriceList;
import cn.safetysupervision.disclosure.domain.PublicViews.ReportDisclosure;
import cn.safetysupervision.disclosure.domain.PublicViews.ReportSummary;
import cn.safetysupervision.disclosure.domain.PublicViews.Sanction;
import cn.safetysupervision.disclosure.domain.PublicViews.SiteImage;
import cn.safetysupervision.disclosure.domain.PublicViews.StaffCounts;
import cn.safetysupervision.disclosure.domain.PublicViews.TeamMember;
import cn.safetysupervision.disclosure.domain.PublicViews.Verification;
import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.platform.http.Page;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers every public question from the read model. Each query is bounded (capped page size, capped count), and
 * what it returns are {@link PublicViews} only, built field by field: a stored field is public only if it is named here.
 */
@ApplicationScoped
public class PublicDirectory {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Counting stops here: a total above it is shown as "more than". */
    public static final int COUNT_CAP = 10_000;

    private final MongoStore store;
    private final DisclosureConfig config;
    private final Clock clock;
    private final SanctionDeadlines deadlines;

    PublicDirectory(MongoStore store, DisclosureConfig config, SanctionDeadlines deadlines) {
        this.store = store;
        this.config = config;
        this.deadlines = deadlines;
        this.clock = Clock.system(BEIJING);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- agencies

    public Page<AgencySummary> searchAgencies(AgencyQuery query, int page, int size) {
        Bson filter = agencyFilter(query);
        List<AgencySummary> items = new ArrayList<>();
        // The narrow index collection: on the wire stand-in, which scans, a search reads five fields per agency.
        for (Document d : store.agencyIndex().find(filter).sort(Sorts.ascending("nameLower"))
                .skip(page * size).limit(size)) {
            items.add(summary(d));
        }
        long total = store.agencyIndex().countDocuments(filter, new CountOptions().limit(COUNT_CAP));
        return new Page<>(items, page, size, total);
    }

    private static Bson agencyFilter(AgencyQuery query) {
        List<Bson> all = new ArrayList<>();
        all.add(Filters.exists("name"));
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().trim();
            all.add(Filters.or(Filters.regex("nameLower", Pattern.quote(text.toLowerCase(Locale.ROOT))),
                    Filters.eq("creditCode", text.toUpperCase(Locale.ROOT))));
        }
        if (query.district() != null && !query.district().isBlank()) {
            all.add(Filters.eq("district", query.district()));
        }
        if (query.status() != null && !query.status().isBlank()) {
            all.add(Filters.eq("status", query.status()));
        }
        return Filters.and(all);
    }

    public record AgencyQuery(String text, String district, String status) {
    }

    private static AgencySummary summary(Document d) {
        return new AgencySummary(d.getString("_id"), d.getString("name"), d.getString("creditCode"),
                d.getString("district"), d.getString("status"), Labels.agencyStatus(d.getString("status")));
    }

    /** The agency page from its one per-agency document ({@link AgencyPages}): one lookup by _id. */
    public Optional<AgencyProfile> agency(String agencyId) {
        Document page = store.agencyPages().find(Filters.eq("_id", agencyId)).first();
        Document d = page == null ? null : page.get("agency", Document.class);
        if (d == null || d.getString("name") == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        List<Document> certificateDocs = entries(page, AgencyPages.CERTIFICATES);
        certificateDocs.sort(java.util.Comparator.comparing(c -> String.valueOf(c.getString("certificateNumber"))));
        List<Certificate> certificates = new ArrayList<>();
        for (Document c : certificateDocs) {
            certificate(c, today).ifPresent(certificates::add);
        }
        String grade = config.sanctions().creditGradesPublic() ? Labels.creditGrade(d.getString("creditGrade")) : null;
        List<Document> priceDocs = entries(page, AgencyPages.PRICE_LISTS);
        priceDocs.sort(java.util.Comparator.comparing((Document p) -> p.getInteger("version")).reversed());
        List<PriceList> history = priceLists(priceDocs.subList(0, Math.min(100, priceDocs.size())));
        PriceList current = currentPrices(history, today);
        List<Document> reportDocs = entries(page, AgencyPages.REPORTS);
        reportDocs.sort(java.util.Comparator.comparing((Document r) -> String.valueOf(r.getString("issueDate"))).reversed());
        List<Document> sanctionDocs = entries(page, AgencyPages.SANCTIONS);
        sanctionDocs.sort(java.util.Comparator.comparing((Document x) -> String.valueOf(x.getString("decidedOn"))).reversed());
        Map<String, String> names = new HashMap<>(Map.of(agencyId, d.getString("name")));
        return Optional.of(new AgencyProfile(agencyId, d.getString("name"), d.getString("creditCode"),
                d.getString("legalRepresentative"), d.getString("registeredAddress"), d.getString("officeAddress"),
                d.getString("district"), d.getString("status"), Labels.agencyStatus(d.getString("status")),
                certificates, staff(entries(page, AgencyPages.EMPLOYMENTS), today), grade == null || grade.isEmpty() ? null : grade,
                reportSummaries(reportDocs.subList(0, Math.min(config.maxPageSize(), reportDocs.size()))), current, history,
                sanctionViews(sanctionDocs.subList(0, Math.min(100, sanctionDocs.size())), names)));
    }

    /** The values of one keyed piece of an agency page. */
    private static List<Document> entries(Document page, String piece) {
        Document map = page.get(piece, Document.class);
        List<Document> out = new ArrayList<>();
        if (map != null) {
            for (Object v : map.values()) {
                out.add((Document) v);
            }
        }
        return out;
    }

    /** A declared, unverified certificate is shown as 待核验 and never as valid; a rejected one is not shown. */
    static Optional<Certificate> certificate(Document c, LocalDate today) {
        String verification = c.getString("verification");
        if ("REJECTED".equals(verification)) {
            return Optional.empty();
        }
        boolean counts = "GRANTED".equals(verification) || "VERIFIED".equals(verification);
        LocalDate from = date(c.getString("validFrom"));
        LocalDate to = date(c.getString("validTo"));
        String state = counts ? state(c.getString("status"), from, to, today) : "PENDING_VERIFICATION";
        List<String> scope = new ArrayList<>();
        for (Document s : c.getList("scope", Document.class, List.of())) {
            scope.add(Labels.serviceType(s.getString("serviceType")) + "（" + s.getString("industry") + "）");
        }
        return Optional.of(new Certificate(c.getString("certificateNumber"), c.getString("qualificationType"),
                Labels.qualificationType(c.getString("qualificationType")), scope, c.getString("issuer"), from, to,
                state, Labels.certificateState(state), "VALID".equals(state)));
    }

    static String state(String status, LocalDate from, LocalDate to, LocalDate day) {
        if ("SUSPENDED".equals(status)) {
            return "SUSPENDED";
        }
        if ("REVOKED".equals(status)) {
            return "REVOKED";
        }
        if ("EXPIRED".equals(status) || (to != null && to.isBefore(day))) {
            return "EXPIRED";
        }
        if (from != null && from.isAfter(day)) {
            return "NOT_YET_VALID";
        }
        return "VALID";
    }

    /** Staff with an employment open today, by kind (专职/兼职). */
    static StaffCounts staff(List<Document> employments, LocalDate today) {
        String day = today.toString();
        int fullTime = 0;
        int partTime = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (Document e : employments) {
            String from = e.getString("from");
            String to = e.getString("to");
            if (from == null || from.compareTo(day) > 0 || (to != null && to.compareTo(day) < 0)) {
                continue; // not employed today
            }
            if (!seen.add(e.getString("practitionerId") + e.getString("employmentType"))) {
                continue;
            }
            if ("FULL_TIME".equals(e.getString("employmentType"))) {
                fullTime++;
            } else {
                partTime++;
            }
        }
        return new StaffCounts(fullTime, partTime, fullTime + partTime);
    }

    // ---- reports

    public Page<ReportSummary> publishedReports(String agencyId, int page, int size) {
        Bson filter = publishedOf(agencyId);
        List<ReportSummary> items = reportSummaries(agencyId, page, size);
        long total = store.reports().countDocuments(filter, new CountOptions().limit(COUNT_CAP));
        return new Page<>(items, page, size, total);
    }

    private static Bson publishedOf(String agencyId) {
        return Filters.and(Filters.eq("agencyId", agencyId), Filters.eq("status", "PUBLISHED"));
    }

    /** Without the count: the agency page shows the newest reports and links to the paged list. */
    private List<ReportSummary> reportSummaries(String agencyId, int page, int size) {
        return reportSummaries(store.reports().find(publishedOf(agencyId)).sort(Sorts.descending("issueDate"))
                .skip(page * size).limit(size).into(new ArrayList<>()));
    }

    private static List<ReportSummary> reportSummaries(List<Document> reports) {
        List<ReportSummary> items = new ArrayList<>();
        for (Document r : reports) {
            Document p = r.get("publication", Document.class);
            items.add(new ReportSummary(r.getString("_id"), r.getString("reportNumber"), r.getString("reportType"),
                    date(r.getString("issueDate")), date(p.getString("publishedOn")), p.getBoolean("onTime", true)));
        }
        return items;
    }

    /** A published report's disclosure: only the configured fields, never one the client marked confidential. */
    public Optional<ReportDisclosure> report(String reportId) {
        Document r = store.reports().find(Filters.and(Filters.eq("_id", reportId), Filters.eq("status", "PUBLISHED"))).first();
        return r == null ? Optional.empty() : Optional.of(disclosure(r));
    }

    ReportDisclosure disclosure(Document r) {
        Set<String> fields = Set.copyOf(config.report().publishedFields());
        Document contract = store.contracts().find(Filters.eq("_id", r.getString("contractId"))).first();
        Set<String> confidential = contract == null ? Set.of()
                : Set.copyOf(contract.getList("confidentialFields", String.class, List.of()));
        boolean clientSecret = confidential.contains("client") || confidential.contains("client.name");
        Document agency = store.agencies().find(Filters.eq("_id", r.getString("agencyId"))).first();
        String clientName = contract == null || clientSecret ? null : contract.getString("clientName");
        String projectName = clientName == null ? r.getString("reportType") : clientName + r.getString("reportType");
        String serviceType = contract == null ? null : contract.getString("serviceType");
        List<TeamMember> team = new ArrayList<>();
        for (Document m : r.getList("team", Document.class, List.of())) {
            team.add(new TeamMember(m.getString("name"), m.getString("role"), Labels.role(m.getString("role")),
                    m.getString("credentialNumber")));
        }
        Document p = r.get("publication", Document.class);
        List<SiteImage> images = new ArrayList<>();
        for (String evidenceId : p.getList("imageIds", String.class, List.of())) {
            Document e = store.evidence().find(Filters.eq("_id", evidenceId)).first();
            if (e != null) {
                Document copy = e.get("copy", Document.class);
                String state = copy == null ? SiteImageCopies.PENDING : copy.getString("state");
                images.add(new SiteImage(evidenceId, offset(e.getDate("capturedAt")), e.getString("sha256"),
                        SiteImageCopies.COPIED.equals(state) ? "/api/public/images/" + evidenceId : null, state));
            }
        }
        boolean summarySecret = confidential.contains("summary") || confidential.contains("report.summary");
        return new ReportDisclosure(r.getString("_id"), r.getString("agencyId"),
                agency == null ? null : agency.getString("name"),
                r.getString("reportNumber"),
                fields.contains("project-name") ? projectName : null,
                fields.contains("client-name") ? clientName : null,
                fields.contains("service-type") ? serviceType : null,
                fields.contains("service-type") ? Labels.serviceType(serviceType) : null,
                fields.contains("service-period") && contract != null ? date(contract.getString("signedDate")) : null,
                fields.contains("service-period") ? date(r.getString("issueDate")) : null,
                fields.contains("team") ? team : List.of(),
                date(r.getString("issueDate")),
                fields.contains("conclusion-summary") && !summarySecret ? r.getString("summary") : null,
                images, offset(p.getDate("publishedAt")), date(p.getString("publishedOn")),
                date(r.getString("disclosureDueOn")), p.getBoolean("onTime"));
    }

    /** The cleaned copy of a site image, only while it is chosen for a published report. */
    public Optional<Document> publishedImage(String evidenceId) {
        Document e = store.evidence().find(Filters.and(Filters.eq("_id", evidenceId),
                Filters.eq("copy.state", SiteImageCopies.COPIED))).first();
        if (e == null || store.reports().find(Filters.and(Filters.eq("status", "PUBLISHED"),
                Filters.eq("publication.imageIds", evidenceId))).first() == null) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** Whether a report number exists, and the agency's certificates as they stood on its issue date. */
    public Verification verify(String reportNumber) {
        Document r = store.reports().find(Filters.eq("reportNumber", reportNumber)).first();
        if (r == null) {
            return new Verification(reportNumber, false, false, null, null, null, null, List.of());
        }
        boolean published = "PUBLISHED".equals(r.getString("status"));
        String agencyId = r.getString("agencyId");
        Document agency = store.agencies().find(Filters.eq("_id", agencyId)).first();
        LocalDate issueDate = date(r.getString("issueDate"));
        List<CertificateOnDate> certificates = new ArrayList<>();
        for (Document c : store.certificates().find(Filters.eq("agencyId", agencyId))) {
            certificates.add(certificateOn(c, issueDate));
        }
        return new Verification(reportNumber, true, published, published ? r.getString("_id") : null, agencyId,
                agency == null ? null : agency.getString("name"), issueDate, certificates);
    }

    /** A certificate on a past day: the last recorded state up to that day's end, counted only once granted or verified. */
    static CertificateOnDate certificateOn(Document c, LocalDate day) {
        Date endOfDay = Date.from(day.plusDays(1).atStartOfDay(BEIJING).toInstant());
        Date countsFrom = c.getDate("countsFrom");
        String verification = c.getString("verification");
        boolean counted = ("GRANTED".equals(verification) || "VERIFIED".equals(verification))
                && countsFrom != null && countsFrom.before(endOfDay);
        Document last = null;
        for (Document h : c.getList("history", Document.class, List.of())) {
            if (h.getDate("at").before(endOfDay) && (last == null || !h.getDate("at").before(last.getDate("at")))) {
                last = h;
            }
        }
        String state;
        if (!counted || last == null) {
            state = "NOT_VERIFIED";
        } else {
            state = PublicDirectory.state(last.getString("status"), date(last.getString("validFrom")),
                    date(last.getString("validTo")), day);
        }
        String label = "NOT_VERIFIED".equals(state) ? "当日未经核验" : Labels.certificateState(state);
        return new CertificateOnDate(c.getString("certificateNumber"),
                Labels.qualificationType(c.getString("qualificationType")), state, label, "VALID".equals(state));
    }

    /** Whether a file's SHA-256 is one of the evidence files archived for this published report's contract. */
    public Optional<FileCheck> checkFile(String reportId, String sha256) {
        Document r = store.reports().find(Filters.and(Filters.eq("_id", reportId), Filters.eq("status", "PUBLISHED"))).first();
        if (r == null) {
            return Optional.empty();
        }
        String hash = sha256.toLowerCase(Locale.ROOT);
        Document e = store.evidence().find(Filters.and(Filters.eq("contractId", r.getString("contractId")),
                Filters.eq("sha256", hash))).first();
        return Optional.of(new FileCheck(hash, e != null, e == null ? null : offset(e.getDate("capturedAt"))));
    }

    // ---- prices

    public List<PriceList> priceHistory(String agencyId) {
        return priceLists(store.priceLists().find(Filters.eq("agencyId", agencyId)).sort(Sorts.descending("version"))
                .limit(100).into(new ArrayList<>()));
    }

    private static List<PriceList> priceLists(List<Document> docs) {
        List<PriceList> lists = new ArrayList<>();
        for (Document p : docs) {
            List<PriceItem> items = new ArrayList<>();
            for (Document i : p.getList("items", Document.class, List.of())) {
                Object price = i.get("price");
                items.add(new PriceItem(i.getString("item"), i.getString("content"),
                        price instanceof Decimal128 d ? d.bigDecimalValue() : price == null ? null : new BigDecimal(price.toString()),
                        i.getString("pricingMethod")));
            }
            lists.add(new PriceList(p.getInteger("version"), date(p.getString("effectiveOn")),
                    offset(p.getDate("publishedAt")), items));
        }
        return lists;
    }

    /** The newest list already in effect today, or the newest one when none is yet. */
    static PriceList currentPrices(List<PriceList> history, LocalDate today) {
        for (PriceList list : history) {
            if (!list.effectiveOn().isAfter(today)) {
                return list;
            }
        }
        return history.isEmpty() ? null : history.get(0);
    }

    // ---- sanctions

    public Page<Sanction> sanctions(String kind, int page, int size) {
        Bson filter = kind == null || kind.isBlank() ? Filters.exists("kind") : Filters.eq("kind", kind);
        List<Document> docs = new ArrayList<>();
        store.sanctions().find(filter).sort(Sorts.descending("decidedOn")).skip(page * size).limit(size).into(docs);
        long total = store.sanctions().countDocuments(filter, new CountOptions().limit(COUNT_CAP));
        return new Page<>(sanctionViews(docs), page, size, total);
    }

    private List<Sanction> sanctionViews(List<Document> docs) {
        return sanctionViews(docs, new HashMap<>());
    }

    /** {@code names}: agency names already known (the agency page knows its own). */
    private List<Sanction> sanctionViews(List<Document> docs, Map<String, String> names) {
        List<Sanction> out = new ArrayList<>();
        SanctionDeadlines.Deadline deadline = docs.isEmpty() ? null : deadlines.calendar();
        for (Document s : docs) {
            String agencyId = s.getString("agencyId");
            String name = names.computeIfAbsent(agencyId, id -> {
                Document a = store.agencies().find(Filters.eq("_id", id)).first();
                return a == null ? null : a.getString("name");
            });
            LocalDate decidedOn = date(s.getString("decidedOn"));
            LocalDate publishBy = deadline.publishBy(decidedOn);
            Date publishedAt = s.getDate("publishedAt");
            LocalDate publishedOn = publishedAt == null ? null : publishedAt.toInstant().atZone(BEIJING).toLocalDate();
            Boolean late = publishBy == null || publishedOn == null ? null : publishedOn.isAfter(publishBy);
            out.add(new Sanction(s.getString("_id"), s.getString("kind"), Labels.sanction(s.getString("kind")),
                    agencyId, name, s.getString("decisionNumber"), decidedOn,
                    s.getString("legalBasis"), s.getString("content"), date(s.getString("endsOn")),
                    date(s.getString("endedOn")), publishedOn, publishBy, late));
        }
        return out;
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static OffsetDateTime offset(Date date) {
        return date == null ? null : date.toInstant().atZone(BEIJING).toOffsetDateTime();
    }
}
