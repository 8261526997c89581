import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import cn.safetysupervision.disclosure.domain.AgencyPages;
import org.bson.Document;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Bulk-loads disclosure-service's read model with documents of exactly the shape its projections write
 * (Projections, AgencyPublishing): AGENCIES agencies, each with one granted certificate, two employments and
 * REPORTS_PER_AGENCY published reports, and for each agency its page document (agency_pages: master data under
 * "agency", every piece keyed by its source id, each entry made by the service's own AgencyPages.entry) and its
 * search entry (agency_index: AgencyPages.INDEX_FIELDS). Writes the agency ids and name fragments for the wrk scripts.
 * Serves them from an in-memory mongo-java-server until killed.
 * Usage: java -cp '<driver, mongo-java-server and disclosure-service jars>' Seed.java <port> <database> <agencies> <reports-per-agency> <out-dir>
 */
public class Seed {

    static final String[] DISTRICTS = {"兰山区", "罗庄区", "河东区", "沂南县", "郯城县", "沂水县", "兰陵县", "费县", "平邑县", "莒南县", "蒙阴县", "临沭县"};
    static final String[] WORDS = {"安信", "鲁南", "沂蒙", "华安", "泰和", "金盾", "恒安", "中正", "明德", "宏远", "诚信", "天衡", "安达", "瑞丰", "正信"};
    static final String[] KINDS = {"安全评价", "检测检验", "安全咨询", "安全培训"};

    public static void main(String[] args) throws Exception {
        // An in-memory wire server of its own (the stand-in the tests use): the local stack's H2-file-backed one
        // takes about 6 ms per inserted document, which would make loading 200,000 reports take twenty minutes.
        int port = Integer.parseInt(args[0]);
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(
                new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        seed("mongodb://127.0.0.1:" + port, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }

    static void seed(String uri, String dbName, int agencies, int perAgency, Path out) throws Exception {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Date now = Date.from(Instant.now());
        try (MongoClient client = MongoClients.create(uri); PrintWriter ids = new PrintWriter(Files.newBufferedWriter(out.resolve("ids.txt")));
             PrintWriter names = new PrintWriter(Files.newBufferedWriter(out.resolve("names.txt")))) {
            MongoDatabase db = client.getDatabase(dbName);
            MongoCollection<Document> agencyCol = db.getCollection("agencies");
            MongoCollection<Document> certCol = db.getCollection("certificates");
            MongoCollection<Document> empCol = db.getCollection("employments");
            MongoCollection<Document> reportCol = db.getCollection("reports");
            MongoCollection<Document> pageCol = db.getCollection("agency_pages");
            MongoCollection<Document> indexCol = db.getCollection("agency_index");
            InsertManyOptions unordered = new InsertManyOptions().ordered(false);
            List<Document> a = new ArrayList<>(), c = new ArrayList<>(), e = new ArrayList<>(), r = new ArrayList<>();
            List<Document> pages = new ArrayList<>(), index = new ArrayList<>();
            long reports = 0;
            for (int i = 0; i < agencies; i++) {
                String id = UUID.randomUUID().toString();
                String district = DISTRICTS[i % DISTRICTS.length];
                String name = "临沂" + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
                        + KINDS[i % KINDS.length] + String.format("%05d", i) + "有限公司";
                String address = "山东省临沂市" + district + "某路" + i + "号";
                a.add(new Document("_id", id).append("creditCode", String.format("91371300MA%08dX", i)).append("name", name)
                        .append("nameLower", name.toLowerCase(Locale.ROOT)).append("legalRepresentative", "王" + i)
                        .append("registeredAddress", address).append("district", district)
                        .append("status", i % 20 == 0 ? "SUSPENDED" : "ACTIVE").append("updatedAt", now));
                c.add(new Document("_id", UUID.randomUUID().toString()).append("certificateNumber", "APJ-鲁-" + String.format("%06d", i))
                        .append("agencyId", id).append("qualificationType", "SAFETY_EVALUATION")
                        .append("scope", List.of(new Document("serviceType", "EVALUATION").append("industry", "危险化学品")))
                        .append("issuer", "山东省应急管理厅").append("validFrom", today.minusYears(1).toString())
                        .append("validTo", today.plusYears(4).toString()).append("status", "ACTIVE")
                        .append("verification", "GRANTED").append("countsFrom", now)
                        .append("history", List.of(new Document("at", now).append("status", "ACTIVE")
                                .append("validFrom", today.minusYears(1).toString()).append("validTo", today.plusYears(4).toString()))));
                for (int k = 0; k < 2; k++) {
                    e.add(new Document("_id", UUID.randomUUID().toString()).append("practitionerId", UUID.randomUUID().toString())
                            .append("agencyId", id).append("employmentType", k == 0 ? "FULL_TIME" : "PART_TIME")
                            .append("from", today.minusYears(2).toString()).append("to", null));
                }
                for (int k = 0; k < perAgency; k++) {
                    LocalDate issued = today.minusDays(1 + random.nextInt(700));
                    r.add(new Document("_id", UUID.randomUUID().toString()).append("contractId", UUID.randomUUID().toString())
                            .append("agencyId", id).append("reportNumber", "R-" + i + "-" + k).append("reportType", "安全现状评价报告")
                            .append("issueDate", issued.toString()).append("team", List.of(new Document("name", "李" + k)
                                    .append("role", "TEAM_LEAD").append("credentialNumber", "PJ-" + k)))
                            .append("summary", "结论摘要").append("submittedAt", now)
                            .append("disclosureDueOn", issued.plusDays(10).toString()).append("status", "PUBLISHED")
                            .append("publication", new Document("publishedAt", now).append("publishedOn", issued.plusDays(3).toString())
                                    .append("onTime", true).append("imageIds", List.of())));
                    reports++;
                }
                pages.add(page(a.get(a.size() - 1), c.subList(c.size() - 1, c.size()), e.subList(e.size() - 2, e.size()),
                        r.subList(r.size() - perAgency, r.size())));
                Document entry = new Document("_id", id);
                for (String f : AgencyPages.INDEX_FIELDS) {
                    entry.append(f, a.get(a.size() - 1).get(f));
                }
                index.add(entry);
                ids.println(id);
                if (i % 10 == 0) {
                    names.println(name.substring(2, 6));
                }
                if (r.size() >= 5000 || i == agencies - 1) {
                    agencyCol.insertMany(a, unordered);
                    certCol.insertMany(c, unordered);
                    empCol.insertMany(e, unordered);
                    reportCol.insertMany(r, unordered);
                    pageCol.insertMany(pages, unordered);
                    indexCol.insertMany(index, unordered);
                    a.clear(); c.clear(); e.clear(); r.clear(); pages.clear(); index.clear();
                }
            }
            System.out.println("seeded agency_pages and agency_index: " + pageCol.countDocuments() + " and " + indexCol.countDocuments());
            System.out.println("seeded " + agencies + " agencies, " + reports + " published reports into " + dbName);
        }
    }

    /** The page document the projections build for one agency, piece by piece (see AgencyPages). */
    static Document page(Document agency, List<Document> certificates, List<Document> employments, List<Document> reports) {
        Document master = new Document(agency);
        master.remove("_id");
        Document page = new Document("_id", agency.getString("_id")).append("agency", master);
        page.append(AgencyPages.CERTIFICATES, keyed(AgencyPages.CERTIFICATES, certificates));
        page.append(AgencyPages.EMPLOYMENTS, keyed(AgencyPages.EMPLOYMENTS, employments));
        page.append(AgencyPages.REPORTS, keyed(AgencyPages.REPORTS, reports));
        return page;
    }

    static Document keyed(String piece, List<Document> sources) {
        Document map = new Document();
        for (Document d : sources) {
            map.append(d.getString("_id"), AgencyPages.entry(piece, d));
        }
        return map;
    }
}
