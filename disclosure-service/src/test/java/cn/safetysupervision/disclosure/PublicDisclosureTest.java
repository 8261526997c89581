package cn.safetysupervision.disclosure;

import cn.safetysupervision.events.disclosure.DisclosureEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicDisclosureTest {

    static World world;

    @BeforeEach
    void upstream() {
        world = Worlds.published();
    }

    @Test
    @Order(1)
    void agencyProfileShowsRegistryFactsCountedCertificatesAndStaff() {
        JsonPath agency = given().get("/api/public/agencies/" + world.agencyId).then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("max-age"))
                .extract().jsonPath();
        assertEquals(world.agencyName, agency.getString("name"));
        assertEquals("兰山区", agency.getString("district"));
        assertEquals(2, agency.getInt("staff.fullTime"));
        assertEquals(1, agency.getInt("staff.partTime"));
        Map<String, Object> granted = certificate(agency, world.grantedNumber);
        assertEquals("VALID", granted.get("publicState"));
        assertEquals(true, granted.get("valid"));
        Map<String, Object> declared = certificate(agency, world.declaredNumber);
        assertEquals("PENDING_VERIFICATION", declared.get("publicState"));
        assertEquals("待核验", declared.get("publicStateLabel"));
        assertEquals(false, declared.get("valid"));
        // Credit grades are not public unless switched on.
        assertEquals(null, agency.getString("creditGrade"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> certificate(JsonPath agency, String number) {
        return ((List<Map<String, Object>>) (List<?>) agency.getList("certificates")).stream()
                .filter(c -> number.equals(c.get("certificateNumber"))).findFirst().orElseThrow();
    }

    @Test
    @Order(2)
    void searchByNameFragmentAndDistrictWithCappedPagesAndBoundedInput() {
        String fragment = world.agencyName.substring(6, 12);
        given().queryParam("q", fragment).queryParam("district", "兰山区").get("/api/public/agencies").then()
                .statusCode(200).body("items.id", hasItem(world.agencyId.toString()));
        given().queryParam("q", world.creditCode).get("/api/public/agencies").then().statusCode(200)
                .body("items[0].id", equalTo(world.agencyId.toString()));
        given().queryParam("size", 100000).get("/api/public/agencies").then().statusCode(200).body("size", equalTo(50));
        given().queryParam("q", "长".repeat(41)).get("/api/public/agencies").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("district", "北京").get("/api/public/agencies").then().statusCode(400);
        given().queryParam("page", 5000).queryParam("size", 50).get("/api/public/agencies").then().statusCode(400);
        // A regular-expression character in the search is a literal, not a pattern that scans everything.
        given().queryParam("q", ".*").get("/api/public/agencies").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @Order(3)
    void etagRevalidatesWithNotModified() {
        String etag = given().get("/api/public/agencies/" + world.agencyId).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/public/agencies/" + world.agencyId).then().statusCode(304);
        String page = given().get("/agencies/" + world.agencyId).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", page).get("/agencies/" + world.agencyId).then().statusCode(304);
    }

    @Test
    @Order(4)
    void csvAndJsonExportOfASearch() {
        String csv = given().queryParam("q", world.agencyName).queryParam("format", "csv")
                .get("/api/public/agencies/export").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(csv.contains("机构名称,统一社会信用代码"));
        assertTrue(csv.contains(world.agencyName + "," + world.creditCode + ",兰山区,正常"));
        given().queryParam("q", world.agencyName).queryParam("format", "json").get("/api/public/agencies/export")
                .then().statusCode(200).body("[0].name", equalTo(world.agencyName));
        given().queryParam("format", "xml").get("/api/public/agencies/export").then().statusCode(400);
    }

    @Test
    @Order(5)
    void publishedReportShowsConfiguredFieldsImagesAndTimeliness() {
        JsonPath report = given().get("/api/public/reports/" + world.reportId).then().statusCode(200).extract().jsonPath();
        assertEquals(world.reportNumber, report.getString("reportNumber"));
        assertEquals(world.clientName, report.getString("clientName"));
        assertEquals(world.clientName + "安全现状评价报告", report.getString("projectName"));
        assertEquals("评价", report.getString("serviceTypeLabel"));
        assertEquals(world.teamLead, report.getString("team[0].name"));
        assertEquals("PJ-001", report.getString("team[0].credentialNumber"));
        assertEquals(List.of(world.imageId.toString(), world.secondImageId.toString()), report.getList("siteImages.evidenceId"));
        assertTrue(report.getBoolean("onTime"));
        assertEquals(report.getString("publishedOn"), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());

        // The client marked its name and the summary confidential on the other contract: neither is shown.
        JsonPath secret = given().get("/api/public/reports/" + world.secretReportId).then().statusCode(200).extract().jsonPath();
        assertEquals(null, secret.getString("clientName"));
        assertEquals(null, secret.getString("conclusionSummary"));
        assertEquals("安全现状评价报告", secret.getString("projectName"));

        // Never published: not there.
        given().get("/api/public/reports/" + world.unpublishedReportId).then().statusCode(404);
        given().get("/reports/" + world.unpublishedReportId).then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    @Order(6)
    void reportPublicationEventFollowsTheContract() {
        ReceivedEvent event = EventProbe.onTestBroker().awaitEvent(DisclosureEvents.REPORT_TOPIC.name(),
                DisclosureEvents.REPORT_PUBLISHED_V1.type(), world.reportId.toString());
        assertEquals(world.reportNumber, event.data().get("reportNumber").asText());
        assertEquals(2, event.data().get("siteImageCount").asInt());
        assertTrue(event.data().get("onTime").asBoolean());
    }

    @Test
    @Order(7)
    void onlyTheAgencyItselfPublishesAndOnlyItsOwnContractsImages() {
        String other = Tokens.agency(UUID.randomUUID());
        given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("imageEvidenceIds", List.of(world.secretImageId.toString())))
                .put("/api/agency/reports/" + world.unpublishedReportId + "/disclosure").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("imageEvidenceIds", List.of(world.secretImageId.toString())))
                .put("/api/agency/reports/" + world.unpublishedReportId + "/disclosure").then().statusCode(401);
        given().auth().oauth2(Tokens.regulator()).contentType(ContentType.JSON)
                .body(Map.of("imageEvidenceIds", List.of(world.secretImageId.toString())))
                .put("/api/agency/reports/" + world.unpublishedReportId + "/disclosure").then().statusCode(403);
        String own = Tokens.agency(world.agencyId);
        // Evidence of another contract, a PDF, or no image at all: refused.
        given().auth().oauth2(own).contentType(ContentType.JSON)
                .body(Map.of("imageEvidenceIds", List.of(world.imageId.toString())))
                .put("/api/agency/reports/" + world.unpublishedReportId + "/disclosure").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(own).contentType(ContentType.JSON)
                .body(Map.of("imageEvidenceIds", List.of(world.pdfId.toString())))
                .put("/api/agency/reports/" + world.reportId + "/disclosure").then().statusCode(400);
        given().auth().oauth2(own).contentType(ContentType.JSON).body(Map.of("imageEvidenceIds", List.of()))
                .put("/api/agency/reports/" + world.unpublishedReportId + "/disclosure").then().statusCode(400);
        given().get("/api/public/reports/" + world.unpublishedReportId).then().statusCode(404);
    }

    @Test
    @Order(8)
    void priceListVersionsKeepTheirHistory() {
        JsonPath prices = given().get("/api/public/agencies/" + world.agencyId + "/prices").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(2, 1), prices.getList("version"));
        assertEquals("按项目投资额分档计费", prices.getString("[0].items[1].pricingMethod"));
        JsonPath agency = given().get("/api/public/agencies/" + world.agencyId).then().extract().jsonPath();
        assertEquals(2, agency.getInt("prices.version"));
        ReceivedEvent event = EventProbe.onTestBroker().awaitEvents(DisclosureEvents.PRICE_TOPIC.name(),
                e -> e.subject().equals(world.agencyId.toString()) && e.data().get("version").asInt() == 2, 1,
                EventProbe.DEFAULT_TIMEOUT).get(0);
        assertEquals(DisclosureEvents.PRICE_LIST_PUBLISHED_V1.type(), event.type());
        given().auth().oauth2(Tokens.agency(world.agencyId)).contentType(ContentType.JSON)
                .body(Map.of("effectiveOn", "2026-01-01", "items", List.of(Map.of("item", "评价", "content", "无价格"))))
                .put("/api/agency/price-list").then().statusCode(400);
    }

    @Test
    @Order(9)
    void sanctionsShowDecisionsOnly() {
        given().get("/api/public/sanctions").then().statusCode(200)
                .body("items.decisionNumber", hasItem(world.penaltyNumber));
        given().get("/sanctions").then().statusCode(200).body(containsString(world.penaltyNumber))
                .body(containsString(world.agencyName));
        given().queryParam("kind", "SUSPECTED").get("/api/public/sanctions").then().statusCode(400);
    }

    @Test
    @Order(10)
    void verificationByNumberCertificateOnIssueDateAndFileHash() {
        JsonPath v = given().queryParam("number", world.reportNumber).get("/api/public/verification").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(v.getBoolean("exists"));
        assertTrue(v.getBoolean("published"));
        assertEquals(world.reportId.toString(), v.getString("reportId"));
        List<Map<String, Object>> certs = v.getList("certificatesOnIssueDate");
        assertTrue(certs.stream().anyMatch(c -> world.grantedNumber.equals(c.get("certificateNumber")) && Boolean.TRUE.equals(c.get("valid"))));
        assertTrue(certs.stream().anyMatch(c -> world.declaredNumber.equals(c.get("certificateNumber")) && Boolean.FALSE.equals(c.get("valid"))));
        assertFalse(given().queryParam("number", "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8))
                .get("/api/public/verification").then().statusCode(200).extract().jsonPath().getBoolean("exists"));
        given().queryParam("sha256", world.imageSha256).get("/api/public/reports/" + world.reportId + "/file-check")
                .then().statusCode(200).body("matches", equalTo(true));
        given().queryParam("sha256", "0".repeat(64)).get("/api/public/reports/" + world.reportId + "/file-check")
                .then().statusCode(200).body("matches", equalTo(false));
        given().queryParam("sha256", "xyz").get("/api/public/reports/" + world.reportId + "/file-check")
                .then().statusCode(400);
        given().get("/reports/" + world.reportId + "/check?sha256=" + world.imageSha256).then().statusCode(200)
                .body(containsString("该文件与本报告存档的现场证据一致"));
        // Or upload the file itself: the page computes its SHA-256 (and keeps nothing).
        given().multiPart("file", "photo.jpg", world.imageBytes).post("/reports/" + world.reportId + "/check")
                .then().statusCode(200).body(containsString("该文件与本报告存档的现场证据一致"));
        given().multiPart("file", "other.jpg", "别的文件".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/reports/" + world.reportId + "/check").then().statusCode(200)
                .body(containsString("该文件与本报告存档的任何证据都不一致"));
        given().get("/reports/" + world.reportId + "/qr.svg").then().statusCode(200)
                .contentType(containsString("image/svg+xml")).body(containsString("<path d=\"M"));
    }

    @Test
    @Order(11)
    void pagesAreChineseWithFooterHotlinesAndComplaintLink() {
        String home = given().queryParam("q", world.agencyName).get("/").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(home.contains("<html lang=\"zh-CN\">"));
        assertTrue(home.contains("href=\"/agencies/" + world.agencyId + "\""));
        assertTrue(home.contains("0539-12345") && home.contains("0539-8391308"));
        assertTrue(home.contains("href=\"http://127.0.0.1:8085/\""));
        assertFalse(home.contains("<script"));
        String agency = given().get("/agencies/" + world.agencyId).then().statusCode(200).extract().asString();
        assertTrue(agency.contains(world.grantedNumber) && agency.contains("有效"));
        assertTrue(agency.contains(world.declaredNumber) && agency.contains("待核验"));
        assertTrue(agency.contains(world.reportNumber) && agency.contains(world.penaltyNumber));
        assertTrue(agency.contains("按项目投资额分档计费"));
        String report = given().get("/reports/" + world.reportId).then().statusCode(200).extract().asString();
        assertTrue(report.contains("按时公开") && report.contains(world.imageSha256));
        given().get("/verify?number=" + world.reportNumber).then().statusCode(200).body(containsString("存在"));
        given().get("/?q=" + "长".repeat(41)).then().statusCode(400).contentType(containsString("text/html"))
                .body(not(containsString("Exception")));
        given().get("/site.css").then().statusCode(200).body(containsString("@media print"));
    }

    @Test
    @Order(12)
    void redeliveredEventsChangeNothing() {
        long before = given().get("/api/public/agencies/" + world.agencyId).then().extract().jsonPath().getList("certificates").size();
        world.redeliverAll();
        // Let the redeliveries pass, then the state is what it was.
        org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofSeconds(3)).atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> {
                    JsonPath a = given().get("/api/public/agencies/" + world.agencyId).then().extract().jsonPath();
                    assertEquals(before, a.getList("certificates").size());
                    assertEquals(3, a.getInt("staff.total"));
                    assertEquals(1, a.getList("sanctions").size());
                });
        given().get("/api/public/agencies/" + world.agencyId).then().body("creditGrade", nullValue());
    }
}
