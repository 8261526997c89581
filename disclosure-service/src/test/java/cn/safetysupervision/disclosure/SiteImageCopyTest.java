package cn.safetysupervision.disclosure;

import cn.safetysupervision.events.contract.ClientV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.contract.ContractSignedV1;
import cn.safetysupervision.events.contract.EvidenceArchivedV1;
import cn.safetysupervision.events.contract.ReportSubmittedV1;
import cn.safetysupervision.events.contract.SignatoryV1;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.Tokens;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chosen site images are copied once from contract-service with this service's own token, verified against the
 * archived SHA-256 and stripped of metadata. contract-service is played by a local HTTP server on its path (it is
 * started only after the choice, so that the copy must survive contract-service being away).
 */
@QuarkusTest
@TestProfile(SiteImageCopyTest.ContractServiceProfile.class)
class SiteImageCopyTest {

    static final int PORT = freePort();
    static final String SERVICE_TOKEN = Tokens.token("disclosure-service", "evidence-reader", null);
    static HttpServer contractService;

    public static class ContractServiceProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("disclosure.images.contract-service-url", "http://127.0.0.1:" + PORT,
                    "disclosure.images.service-token", SERVICE_TOKEN,
                    "disclosure.images.retry-interval", "PT0.5S", "disclosure.images.max-backoff", "PT1S");
        }
    }

    @AfterAll
    static void stop() {
        if (contractService != null) {
            contractService.stop(0);
        }
    }

    @Test
    void chosenImagesAreCopiedOnceVerifiedAndStrippedEvenIfContractServiceWasDown() throws Exception {
        UUID agencyId = UUID.randomUUID();
        UUID contractId = UUID.randomUUID();
        UUID reportId = UUID.randomUUID();
        UUID goodId = UUID.randomUUID();
        UUID tamperedId = UUID.randomUUID();
        String reportNumber = "IMG-" + reportId.toString().substring(0, 8);
        byte[] photo = TestImages.jpegWithExif("MARKGPSSERIAL" + agencyId.toString().substring(0, 6));
        String photoSha = World.sha256(photo);
        Instant capturedAt = Instant.parse("2026-11-20T08:05:00Z"); // 16:05 in Beijing
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        Upstream.produce(RegistryEvents.AGENCY_REGISTERED_V1, agencyId, new AgencyRegisteredV1(agencyId,
                "91371300MB" + agencyId.toString().substring(0, 8).toUpperCase(), "临沂图像测试" + agencyId.toString().substring(0, 4) + "有限公司",
                "张三", "山东省临沂市兰山区北京路 2 号", "ACTIVE", Instant.now()));
        Upstream.produce(ContractEvents.SIGNED_V1, contractId, new ContractSignedV1(contractId, agencyId, "HT-1",
                new ClientV1("沂蒙图像化工有限公司", "91371300XX", "危险化学品", "临沂市某地"), "EVALUATION", "评价范围",
                List.of(), null, today.minusDays(30), true, today.minusDays(20), today.minusDays(25), today.plusDays(10),
                null, List.of(), List.of(), "agency", Instant.now()));
        for (UUID id : List.of(goodId, tamperedId)) {
            // Both events carry the photo's hash; contract-service will hand over other bytes for the tampered one.
            Upstream.produce(ContractEvents.EVIDENCE_ARCHIVED_V1, contractId, new EvidenceArchivedV1(id, contractId,
                    agencyId, null, "photo.jpg", "image/jpeg", photo.length, photoSha, capturedAt, "agency", Instant.now()));
        }
        Upstream.produce(ContractEvents.REPORT_SUBMITTED_V1, contractId, new ReportSubmittedV1(reportId, contractId,
                agencyId, reportNumber, "安全现状评价报告", today.minusDays(2),
                List.of(new SignatoryV1(UUID.randomUUID(), "王五", "TEAM_LEAD", "PJ-9")), "结论", List.of(),
                "agency-" + agencyId, Instant.now(), today.plusDays(20)));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("number", reportNumber)
                .get("/api/public/verification").jsonPath().getBoolean("exists"));

        // contract-service is down: the choice is taken all the same.
        given().auth().oauth2(Tokens.agency(agencyId)).contentType(ContentType.JSON)
                .body(Map.of("imageEvidenceIds", List.of(goodId.toString(), tamperedId.toString())))
                .put("/api/agency/reports/" + reportId + "/disclosure").then().statusCode(200);
        Thread.sleep(2_000); // several failed attempts
        JsonPath pending = given().get("/api/public/reports/" + reportId).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("PENDING", "PENDING"), pending.getList("siteImages.copyState"));
        given().get("/api/public/images/" + goodId).then().statusCode(404);

        Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
        List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
        contractService = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        contractService.createContext("/api/v1/contracts/" + contractId + "/evidence/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String path = exchange.getRequestURI().getPath();
            String evidence = path.replaceAll(".*/evidence/([^/]+)/content$", "$1");
            fetches.computeIfAbsent(evidence, k -> new AtomicInteger()).incrementAndGet();
            byte[] body = evidence.equals(goodId.toString()) ? photo : TestImages.jpegWithExif("OTHER");
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        contractService.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/public/reports/" + reportId)
                .jsonPath().getList("siteImages.copyState").equals(List.of("COPIED", "REFUSED")));
        Thread.sleep(1_500); // more sweeps: nothing is fetched again
        assertEquals(1, fetches.get(goodId.toString()).get(), "fetched once");
        assertEquals(1, fetches.get(tamperedId.toString()).get());
        assertTrue(authorizations.stream().allMatch(("Bearer " + SERVICE_TOKEN)::equals), "the service's own token");

        Response image = given().get("/api/public/images/" + goodId);
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.contentType());
        assertTrue(image.header("Cache-Control").contains("public"));
        String etag = image.header("ETag");
        assertNotNull(etag);
        byte[] copy = image.asByteArray();
        assertFalse(TestImages.contains(copy, "MARKGPSSERIAL"), "no camera serial");
        assertFalse(TestImages.contains(copy, "Exif"), "no EXIF (GPS) segment");
        assertFalse(TestImages.jpegHasMetadataSegment(copy));
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(copy)).getWidth());
        given().header("If-None-Match", etag).get("/api/public/images/" + goodId).then().statusCode(304);
        // The tampered one is not published.
        given().get("/api/public/images/" + tamperedId).then().statusCode(404);

        JsonPath api = given().get("/api/public/reports/" + reportId).jsonPath();
        assertEquals("/api/public/images/" + goodId, api.getString("siteImages[0].url"));
        assertEquals(null, api.getString("siteImages[1].url"));
        String page = given().get("/reports/" + reportId).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<img src=\"/api/public/images/" + goodId + "\""));
        assertTrue(page.contains("拍摄时间：2026年11月20日 16:05"), "capture time in Beijing time");
        assertTrue(page.contains("与存档文件的校验值不符，未予公开"));
        assertFalse(page.contains("MARKGPSSERIAL"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
