package cn.safetysupervision.systemtests;

import cn.safetysupervision.browserkit.Browser;
import cn.safetysupervision.events.EventCatalog;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * compliance-dashboard as packaged processes beside the services whose events it shows: agency-registry,
 * contract-service and compliance-service, and two dashboard replicas on one database and one broker.
 * <ul>
 *   <li>a contract that breaks a rule, signed through contract-service's API, is flagged by compliance-service's rule
 *       engine and appears in the dashboard page in headless Chromium within 2 s of the finding's {@code ce_time};
 *       dropped and resumed, the next one appears exactly once; counts on screen equal the API's; axe-core clean;</li>
 *   <li>an event published once appears once on both replicas' streams; a client resuming on the other replica with
 *       its Last-Event-ID gets exactly what it missed, once;</li>
 *   <li>the feed and the snapshot survive a restart of a replica.</li>
 * </ul>
 * Each process starts once (the restart at the end aside).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** What the issue asks of live push: a flagged finding on screen within 2 s. */
    private static final long LIVE_WITHIN_MILLIS = 2000;

    private static Suite suite;
    private static ServiceProcess registry;
    private static ServiceProcess contracts;
    private static ServiceProcess dashboardA;
    private static ServiceProcess dashboardB;

    @BeforeAll
    static void start() {
        suite = new Suite();
        createTopics(suite.kafka.bootstrapServers());
        registry = suite.service("agency-registry").start();
        contracts = suite.service("contract-service").start();
        suite.service("compliance-service").start();
        dashboardA = suite.service("compliance-dashboard").start();
        dashboardB = suite.replicaOf(dashboardA).start();
    }

    /**
     * The catalog's topics exist before anything starts, as in a deployment (deploy/k8s creates them): a topic
     * created by its first event is found by the dashboard's pattern subscription only at its next metadata refresh.
     */
    private static void createTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(EventCatalog.topics().stream().map(t -> new NewTopic(t.name(), 3, (short) 1)).toList())
                    .all().get();
        } catch (Exception e) {
            throw new IllegalStateException("creating the catalog's topics", e);
        }
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void aContractThatBreaksARuleAppearsLiveInTheBrowserAndOnceAfterAReconnect() throws Exception {
        // A real agency without any qualification: every contract it signs breaks ART14-2 (第十四条（二）).
        String creditCode = TestIdentifiers.creditCode();
        UUID agencyId = UUID.fromString(register(creditCode, "临沂无资质测试服务有限公司"));
        List<RegistryFixture.Staff> staff = RegistryFixture.employeesOf(suite.kafka.bootstrapServers(), agencyId, creditCode);
        await().atMost(WAIT).untilAsserted(() -> given().baseUri(dashboardB.baseUri()).auth().oauth2(Tokens.regulator())
                .queryParam("agency", agencyId).when().get("/api/feed").then().statusCode(200)
                .body("type", hasItem(RegistryEvents.AGENCY_REGISTERED_V1.type())));
        String root = dashboardB.baseUri();

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            browser.open(root + "/");
            driver.findElement(By.id("token")).sendKeys(Tokens.regulator());
            driver.findElement(By.cssSelector("#signin-form button")).click();
            new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/overview"));
            browser.waitFor(By.cssSelector("[data-count=suspected]"), WAIT);
            new WebDriverWait(driver, WAIT).until(d -> "实时连接中".equals(d.findElement(By.id("stream-status")).getText()));
            // The page notes when each finding's item enters the DOM (the browser's clock is this machine's).
            js.executeScript("window.appeared = {}; new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(n => {"
                    + " if (n.dataset && n.dataset.finding && !(n.dataset.finding in window.appeared))"
                    + " window.appeared[n.dataset.finding] = Date.now(); }))).observe(document.getElementById('live-list'),"
                    + " {childList: true});");
            browser.screenshot("dashboard-it-overview");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "overview");

            String first = signBrokenContract(agencyId, staff, 1);
            ReceivedEvent flagged = flagged(first);
            String findingA = flagged.subject();
            browser.waitFor(By.cssSelector("#live-list li[data-finding='" + findingA + "']"), WAIT);
            long appeared = ((Number) js.executeScript("return window.appeared[arguments[0]]", findingA)).longValue();
            long flaggedAt = OffsetDateTime.parse(flagged.headers().get("ce_time")).toInstant().toEpochMilli();
            long millis = appeared - flaggedAt;
            System.out.printf("DashboardIT: finding %s on screen %d ms after compliance-service flagged it%n", findingA, millis);
            assertTrue(millis <= LIVE_WITHIN_MILLIS, "finding on screen " + millis + " ms after it was flagged");

            assertCountsEqualTheApi(js, root);
            browser.screenshot("dashboard-it-live-finding");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "overview with the live finding");

            // The connection drops; another rule-breaking contract is signed; on reconnect it appears once.
            js.executeScript("window.dashboardStream.disconnect()");
            new WebDriverWait(driver, WAIT).until(d -> "已断开".equals(d.findElement(By.id("stream-status")).getText()));
            String findingB = flagged(signBrokenContract(agencyId, staff, 2)).subject();
            await().atMost(WAIT).untilAsserted(() -> given().baseUri(root).auth().oauth2(Tokens.regulator())
                    .queryParam("agency", agencyId).when().get("/api/feed").then().body("findingId", hasItem(findingB)));
            assertEquals(0, driver.findElements(By.cssSelector("#live-list li[data-finding='" + findingB + "']")).size());
            js.executeScript("window.dashboardStream.connect()");
            browser.waitFor(By.cssSelector("#live-list li[data-finding='" + findingB + "']"), WAIT);
            Thread.sleep(2000); // a doubled item would have arrived by now
            assertEquals(1, driver.findElements(By.cssSelector("#live-list li[data-finding='" + findingB + "']")).size());
            assertEquals(1, driver.findElements(By.cssSelector("#live-list li[data-finding='" + findingA + "']")).size());
            List<?> seqs = (List<?>) js.executeScript(
                    "return Array.from(document.querySelectorAll('#live-list li[data-seq]')).map(li => li.dataset.seq)");
            assertEquals(seqs.stream().distinct().count(), seqs.size(), "no item twice in the live panel");
            assertCountsEqualTheApi(js, root);
            browser.screenshot("dashboard-it-after-reconnect");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "overview after the reconnect");
        }
    }

    @Test
    @Order(2)
    void bothReplicasShowAnEventOnceAndAClientResumesOnTheOtherReplicaWithWhatItMissed() throws Exception {
        String x;
        String lastOnB;
        try (SseStream onA = SseStream.open(dashboardA.baseUri(), Tokens.regulator(), null);
             SseStream onB = SseStream.open(dashboardB.baseUri(), Tokens.regulator(), null)) {
            assertEquals("snapshot", onA.until(e -> true, WAIT).get(0).name(), "a new client gets the snapshot first");
            assertEquals("snapshot", onB.until(e -> true, WAIT).get(0).name());

            x = register(TestIdentifiers.creditCode(), "临沂双副本甲机构");
            List<SseStream.Event> a = registrationOf(onA, x);
            List<SseStream.Event> b = registrationOf(onB, x);
            assertEquals(1, a.size(), "once on replica A: " + a);
            assertEquals(1, b.size(), "once on replica B: " + b);
            assertEquals(a.get(0).id(), b.get(0).id(), "the same feed item (seq) on both");
            lastOnB = b.get(0).id();
        }

        // B's client is gone; meanwhile another agency registers; it resumes on A with B's last id.
        String y = register(TestIdentifiers.creditCode(), "临沂双副本乙机构");
        await().atMost(WAIT).untilAsserted(() -> given().baseUri(dashboardA.baseUri()).auth().oauth2(Tokens.regulator())
                .queryParam("agency", y).when().get("/api/feed").then().body("size()", org.hamcrest.Matchers.is(1)));
        try (SseStream resumed = SseStream.open(dashboardA.baseUri(), Tokens.regulator(), lastOnB)) {
            List<SseStream.Event> got = resumed.until(e -> e.data().contains(y), WAIT);
            got.addAll(resumed.drain(Duration.ofSeconds(2)));
            assertTrue(got.stream().noneMatch(e -> "snapshot".equals(e.name())), "a resumed stream has no snapshot");
            List<Long> ids = got.stream().filter(e -> "feed".equals(e.name())).map(e -> Long.parseLong(e.id())).toList();
            assertEquals(ids.stream().sorted().distinct().toList(), ids, "in order, each once: " + ids);
            long last = ids.get(ids.size() - 1);
            List<Long> stored = given().baseUri(dashboardA.baseUri()).auth().oauth2(Tokens.regulator()).when()
                    .get("/api/feed").then().statusCode(200).extract().jsonPath().getList("seq", Long.class).stream()
                    .filter(seq -> seq > Long.parseLong(lastOnB) && seq <= last).sorted().toList();
            assertEquals(stored, ids, "exactly the items after the last id, as the shared database holds them");
            assertTrue(got.stream().noneMatch(e -> e.data().contains(x)), "nothing the client had already seen");
            assertEquals(1, got.stream().filter(e -> e.data().contains(y)).count(), "the missed item once");
        }
    }

    @Test
    @Order(3)
    void theFeedAndTheSnapshotSurviveARestart() throws Exception {
        JsonPath before = given().baseUri(dashboardA.baseUri()).auth().oauth2(Tokens.regulator()).when()
                .get("/api/feed").then().statusCode(200).extract().jsonPath();
        List<String> ceIds = before.getList("ceId");
        long head = before.getLong("[0].seq");
        assertTrue(ceIds.size() >= 10, "the earlier tests filled the feed: " + ceIds.size());

        dashboardA.stop(); // a graceful stop leaves the consumer group at once (a kill would hold its partitions ~45 s)
        dashboardA.start();

        List<String> after = given().baseUri(dashboardA.baseUri()).auth().oauth2(Tokens.regulator()).when()
                .get("/api/feed").then().statusCode(200).extract().jsonPath().getList("ceId");
        assertTrue(after.containsAll(ceIds), "every item from before the restart is still in the feed");
        try (SseStream fresh = SseStream.open(dashboardA.baseUri(), Tokens.regulator(), null)) {
            SseStream.Event snapshot = fresh.until(e -> true, WAIT).get(0);
            assertEquals("snapshot", snapshot.name());
            JsonPath snap = new JsonPath(snapshot.data());
            assertTrue(snap.getLong("head") >= head, "the snapshot's head is not behind the one before the restart");
            List<String> snapshotIds = snap.getList("items.ceId");
            assertTrue(snapshotIds.contains(ceIds.get(0)), "the snapshot holds the latest item from before the restart");
        }
    }

    private static List<SseStream.Event> registrationOf(SseStream stream, String agencyId) {
        List<SseStream.Event> seen = stream.until(e -> "feed".equals(e.name()) && e.data().contains(agencyId), WAIT);
        seen.addAll(stream.drain(Duration.ofSeconds(2)));
        return seen.stream().filter(e -> "feed".equals(e.name()) && e.data().contains(agencyId)
                && e.data().contains(RegistryEvents.AGENCY_REGISTERED_V1.type())).toList();
    }

    /** The counts on screen equal the API's, once the overview has re-rendered (read in one script). */
    private static void assertCountsEqualTheApi(JavascriptExecutor js, String root) {
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            Map<String, Object> api = given().baseUri(root).auth().oauth2(Tokens.regulator()).when().get("/api/overview")
                    .then().statusCode(200).extract().jsonPath().getMap("headline");
            Map<?, ?> screen = (Map<?, ?>) js.executeScript("const o = {}; document.querySelectorAll('[data-count]')"
                    + ".forEach(e => o[e.dataset.count] = e.textContent.trim()); return o;");
            for (String key : List.of("suspected", "confirmed", "openWork", "agencies", "orangeOrRed")) {
                assertEquals(String.valueOf(api.get(key)), screen.get(key), key);
            }
        });
    }

    private static String register(String creditCode, String name) {
        return given().baseUri(registry.baseUri()).auth().oauth2(Tokens.association()).contentType(ContentType.JSON)
                .body(Map.of("creditCode", creditCode, "name", name, "legalRepresentative", "赵磊",
                        "registeredAddress", "山东省临沂市费县费城街道测试路9号"))
                .when().post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }

    /** compliance-service's ART14-2 finding on the contract, as it published it. */
    private static ReceivedEvent flagged(String contractId) {
        return new EventProbe(suite.kafka.bootstrapServers()).awaitEvents(ComplianceEvents.FINDING_TOPIC.name(),
                e -> ComplianceEvents.VIOLATION_FLAGGED_V1.type().equals(e.type())
                        && contractId.equals(e.data().path("subjectId").asText())
                        && "ART14-2".equals(e.data().path("ruleId").asText()), 1, WAIT).get(0);
    }

    /** A contract drafted and signed today by the agency itself through contract-service's API. */
    private static String signBrokenContract(UUID agencyId, List<RegistryFixture.Staff> staff, int i) {
        LocalDate today = LocalDate.now(BEIJING);
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("contractNumber", "HT-IT-" + UUID.randomUUID().toString().substring(0, 8));
        terms.put("client", Map.of("name", "临沂化工有限公司" + i, "creditCode", TestIdentifiers.creditCode(),
                "industry", "危险化学品", "address", "临沂市河东区化工园 8 号", "contact", "李四 0539-1234567"));
        terms.put("serviceType", "EVALUATION");
        terms.put("scope", "安全现状评价");
        terms.put("feeItems", List.of(Map.of("description", "评价服务", "amount", new BigDecimal("30000.00"))));
        terms.put("siteWorkRequired", true);
        terms.put("plannedSiteWorkDate", today.plusDays(14).toString());
        terms.put("reportDue", Map.of("date", today.plusDays(40).toString()));
        terms.put("rectificationConfirmationDue", Map.of("date", today.plusDays(90).toString()));
        String[] roles = {"TECHNICAL_LEAD", "PROCESS_CONTROL_LEAD", "QUALITY_LEAD", "MEMBER"};
        List<Map<String, Object>> staffing = new ArrayList<>();
        for (int r = 0; r < roles.length; r++) {
            staffing.add(Map.of("role", roles[r], "practitionerId", staff.get(r).practitionerId().toString(),
                    "credentialId", staff.get(r).credentialId().toString()));
        }
        terms.put("staffing", staffing);
        String token = Tokens.agency(agencyId);
        Response[] draft = new Response[1];
        // Until the registry's events reach contract-service: the agency is unknown (403), or its staff (400).
        await().atMost(WAIT).until(() -> {
            draft[0] = given().baseUri(contracts.baseUri()).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(terms).when().post("/api/v1/contracts");
            return draft[0].statusCode() != 403 && draft[0].statusCode() != 400;
        });
        draft[0].then().statusCode(201);
        String id = draft[0].path("id");
        given().baseUri(contracts.baseUri()).auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", draft[0].header("ETag")).body(Map.of("signedDate", today.toString()))
                .when().post("/api/v1/contracts/" + id + "/sign").then().statusCode(200);
        return id;
    }
}
