package cn.safetysupervision.systemtests;

import cn.safetysupervision.testkit.PostgresDatabaseResource;
import cn.safetysupervision.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18's whole path across the packaged services: agency-registry registers the agency, contract-service
 * publishes the working-day calendar, complaint-service takes an anonymous complaint with a file, the handler
 * accepts it, asks the agency for a statement (answered through the agency API) and substantiates it under a rule;
 * compliance-service records a confirmed manual finding counted in the integrity record; the reporter sees the
 * outcome with the code. A second complaint carries a marker identity, which must appear nowhere in what
 * compliance-service answers, stores or logs, nor on any topic.
 */
class ComplaintPathIT {

    private static final String NAME = "标记人庚辛壬";
    private static final String PHONE = "13912345678";
    private static final String ID_NUMBER = "371302198001010017";
    private static final String RULE = "ART14-7";

    private static Suite suite;
    private static ServiceProcess registry;
    private static ServiceProcess contracts;
    private static ServiceProcess compliance;
    private static ServiceProcess complaints;

    @BeforeAll
    static void start() {
        suite = new Suite();
        registry = suite.service("agency-registry");
        contracts = suite.service("contract-service");
        compliance = suite.service("compliance-service");
        complaints = suite.service("complaint-service")
                .with("COMPLAINT_RECEIPT_HMAC_KEY", randomKey())
                .with("COMPLAINT_IDENTITY_KEY", randomKey());
        // In parallel: each start is mostly the JVM and Quarkus waiting on its own class loading.
        CompletableFuture.allOf(Stream.of(registry, contracts, compliance, complaints)
                .map(s -> CompletableFuture.runAsync(s::start)).toArray(CompletableFuture[]::new)).join();
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void anAnonymousComplaintBecomesACountedFindingInComplianceAndTheReporterSeesTheOutcome() throws Exception {
        String agencyId = Suite.registerAgency(registry, "临沂举报路径安全评价有限公司");
        // complaint-service knows the agency from registry.agency; compliance-service too.
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> given().baseUri(complaints.baseUri())
                .queryParam("q", "举报路径安全").get("/api/v1/public/agencies")
                .then().statusCode(200).body("id", hasItem(agencyId)));
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> given().baseUri(compliance.baseUri())
                .auth().oauth2(Tokens.regulator()).get("/api/v1/agencies/" + agencyId + "/compliance-summary")
                .then().statusCode(200));

        // Anonymous intake; contract-service's calendar must have arrived for the clocks (422 until then).
        Map<String, Object> complaint = complaint(agencyId, "现场照片系从其他项目复制，评价人员未到现场。");
        String code = await().atMost(Duration.ofSeconds(45)).until(() -> {
            Response r = given().baseUri(complaints.baseUri()).contentType(ContentType.JSON).body(complaint)
                    .post("/api/v1/public/complaints");
            return r.statusCode() == 201 ? r.jsonPath().getString("receiptCode") : null;
        }, c -> c != null);
        assertTrue(code.matches("[0-9]{16}"));
        byte[] png = png(3000);
        given().baseUri(complaints.baseUri()).header("X-Receipt-Code", code).contentType("application/octet-stream")
                .body(png).post("/api/v1/public/follow-up/attachments")
                .then().statusCode(201).body("mediaType", is("image/png")).body("sizeBytes", is(png.length));

        // The handler finds it in the triage queue (the only case about this fresh agency) and accepts it.
        String caseId = handler().get("/api/v1/cases?size=100").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream().filter(c -> agencyId.equals(c.get("agencyId")))
                .map(c -> (String) c.get("id")).findFirst().orElseThrow();
        handler().contentType(ContentType.JSON).body("{}").post("/api/v1/cases/" + caseId + "/accept")
                .then().statusCode(200).body("status", is("ACCEPTED"));

        // The agency answers its statement request through its own API, seeing only the handler's version.
        String version = "有群众反映贵单位某评价项目人员未到现场，请说明现场勘查的人员与时间。";
        handler().contentType(ContentType.JSON).body(Map.of("agencyVersion", version))
                .post("/api/v1/cases/" + caseId + "/statement-requests").then().statusCode(200);
        JsonPath requests = given().baseUri(complaints.baseUri()).auth().oauth2(Tokens.agency(java.util.UUID.fromString(agencyId)))
                .get("/api/v1/agency/statement-requests").then().statusCode(200).extract().jsonPath();
        assertEquals(version, requests.getString("[0].agencyVersion"));
        assertFalse(requests.prettify().contains("复制"), "the reporter's text is not shown to the agency");
        given().baseUri(complaints.baseUri()).auth().oauth2(Tokens.agency(java.util.UUID.fromString(agencyId)))
                .contentType(ContentType.JSON).body(Map.of("answer", "该项目由张工、李工于11月18日到现场，附签到表。"))
                .post("/api/v1/agency/statement-requests/" + requests.getString("[0].id") + "/answer").then().statusCode(200);

        // Substantiated under the rule the handler chose, then closed with feedback.
        handler().contentType(ContentType.JSON)
                .body(Map.of("outcome", "SUBSTANTIATED", "ruleId", RULE, "summary", "经核查，评价人员未到现场，现场照片系复用。"))
                .post("/api/v1/cases/" + caseId + "/outcome").then().statusCode(200);
        handler().contentType(ContentType.JSON).body(Map.of("feedback", "您反映的问题经查属实，已依法处理。"))
                .post("/api/v1/cases/" + caseId + "/close").then().statusCode(200).body("status", is("CLOSED"));

        // compliance-service (its own process, through Kafka): a confirmed manual finding citing the case.
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> regulator(compliance)
                .queryParam("agencyId", agencyId).queryParam("ruleId", RULE).get("/api/v1/findings")
                .then().statusCode(200).body("total", is(1)));
        JsonPath finding = regulator(compliance).queryParam("agencyId", agencyId).queryParam("ruleId", RULE)
                .get("/api/v1/findings").then().extract().jsonPath();
        assertEquals("MANUAL", finding.getString("items[0].origin"));
        assertEquals("CONFIRMED", finding.getString("items[0].verdict"), "a person decided it: confirmed, not a suspicion");
        assertEquals("OPEN", finding.getString("items[0].status"));
        assertEquals(caseId, finding.getString("items[0].facts.complaintCaseId"));
        regulator(compliance).get("/api/v1/agencies/" + agencyId + "/credit")
                .then().statusCode(200).body("points", greaterThan(0));

        // The reporter sees the outcome with the code.
        given().baseUri(complaints.baseUri()).contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/follow-up").then().statusCode(200)
                .body("status", is("CLOSED")).body("outcome", is("SUBSTANTIATED"))
                .body("messages.body", hasItem(containsString("经查属实"))).body("attachments", is(1));
    }

    @Test
    void aMarkerIdentityAppearsNowhereInComplianceServiceNorOnAnyTopic() throws Exception {
        String agencyId = Suite.registerAgency(registry, "临沂标记身份检测有限公司");
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> given().baseUri(complaints.baseUri())
                .queryParam("q", "标记身份检测").get("/api/v1/public/agencies")
                .then().statusCode(200).body("id", hasItem(agencyId)));
        Map<String, Object> complaint = complaint(agencyId, "该机构出具的检测报告与现场不符。");
        complaint.put("identity", Map.of("name", NAME, "phone", PHONE, "idNumber", ID_NUMBER, "consentToContact", true));
        String code = await().atMost(Duration.ofSeconds(45)).until(() -> {
            Response r = given().baseUri(complaints.baseUri()).contentType(ContentType.JSON).body(complaint)
                    .post("/api/v1/public/complaints");
            return r.statusCode() == 201 ? r.jsonPath().getString("receiptCode") : null;
        }, c -> c != null);
        String caseId = handler().get("/api/v1/cases?size=100").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream().filter(c -> agencyId.equals(c.get("agencyId")))
                .map(c -> (String) c.get("id")).findFirst().orElseThrow();
        handler().contentType(ContentType.JSON).body("{}").post("/api/v1/cases/" + caseId + "/accept").then().statusCode(200);
        // A regulator opens the identity (audited) — it is decrypted in complaint-service, and must stay there.
        regulator(complaints).contentType(ContentType.JSON).body(Map.of("reason", "需联系举报人核实现场时间"))
                .post("/api/v1/cases/" + caseId + "/identity-openings").then().statusCode(200).body("name", is(NAME));
        handler().contentType(ContentType.JSON)
                .body(Map.of("outcome", "SUBSTANTIATED", "ruleId", RULE, "summary", "经核查，检测报告数据与现场不符。"))
                .post("/api/v1/cases/" + caseId + "/outcome").then().statusCode(200);
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> regulator(compliance)
                .queryParam("agencyId", agencyId).get("/api/v1/findings").then().statusCode(200).body("total", is(1)));
        given().baseUri(complaints.baseUri()).contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/follow-up").then().statusCode(200).body("identityOpenings", is(1));

        // What compliance-service answers about the agency.
        List<String> answers = new ArrayList<>();
        answers.add(regulator(compliance).queryParam("agencyId", agencyId).get("/api/v1/findings").asString());
        answers.add(regulator(compliance).get("/api/v1/agencies/" + agencyId + "/credit").asString());
        answers.add(regulator(compliance).get("/api/v1/agencies/" + agencyId + "/compliance-summary").asString());
        answers.add(regulator(compliance).get("/api/v1/review-queue").asString());
        answers.add(given().baseUri(compliance.baseUri()).auth().oauth2(Tokens.agency(java.util.UUID.fromString(agencyId)))
                .get("/api/v1/findings").asString());
        assertTrue(answers.get(0).contains(caseId), "the scan reads the finding that came from the complaint");
        answers.forEach(a -> assertNoMarker("compliance-service answer", a));

        // What compliance-service stores: every row of every table of its database, as text.
        String stored = dump(compliance.databaseUrl());
        assertTrue(stored.contains(caseId), "the dump holds the finding");
        assertNoMarker("compliance-service database", stored);

        // What it logged.
        try (Stream<Path> logs = Files.list(ServiceProcess.LOGS)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("compliance-service-")
                    || p.getFileName().toString().startsWith("complaint-service-")).toList()) {
                assertNoMarker(log.getFileName().toString(), Files.readString(log));
            }
        }

        // Every record on every topic of the broker: keys, headers and values (dead-letter topics included).
        String topics = everyRecord();
        assertTrue(topics.contains(caseId), "the scan reads complaint.case");
        assertNoMarker("topics", topics);
    }

    private static void assertNoMarker(String where, String text) {
        for (String marker : Set.of(NAME, PHONE, ID_NUMBER, ID_NUMBER.substring(0, 6) + ID_NUMBER.substring(14))) {
            assertFalse(text.contains(marker), where + " contains the reporter's " + marker);
        }
    }

    private static Map<String, Object> complaint(String agencyId, String description) {
        Map<String, Object> c = new HashMap<>();
        c.put("agencyId", agencyId);
        c.put("category", "ART14_7");
        c.put("description", description);
        c.put("occurredOn", "2026-11-20");
        c.put("occurredPlace", "临沂市河东区某化工企业");
        return c;
    }

    private static io.restassured.specification.RequestSpecification handler() {
        return given().baseUri(complaints.baseUri()).auth().oauth2(Tokens.association());
    }

    private static io.restassured.specification.RequestSpecification regulator(ServiceProcess service) {
        return given().baseUri(service.baseUri()).auth().oauth2(Tokens.regulator());
    }

    private static String dump(String jdbcUrl) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresDatabaseResource.user(), PostgresDatabaseResource.password());
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select quote_ident(table_name) from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            assertTrue(tables.size() > 5, "compliance-service's tables: " + tables);
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("select t::text from " + table + " t")) {
                    while (r.next()) {
                        all.append(table).append(' ').append(r.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static String everyRecord() {
        StringBuilder all = new StringBuilder();
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka.bootstrapServers());
        List<TopicPartition> partitions = new ArrayList<>();
        try (Admin client = Admin.create(admin)) {
            Set<String> names = client.listTopics().names().get();
            assertTrue(names.contains("complaint.case"), "topics: " + names);
            client.describeTopics(names).allTopicNames().get().forEach((name, d) ->
                    d.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    all.append(r.topic()).append(' ').append(text(r.key())).append(' ');
                    for (Header h : r.headers()) {
                        all.append(h.key()).append('=').append(text(h.value())).append(' ');
                    }
                    all.append(text(r.value())).append('\n');
                }
            }
            assertTrue(partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p)), "read every topic to its end");
        }
        return all.toString();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] png(int size) {
        byte[] png = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, png, 0, signature.length);
        for (int i = signature.length; i < size; i++) {
            png[i] = (byte) (i * 31);
        }
        return png;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
