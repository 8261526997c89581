package cn.safetysupervision.systemtests;

import cn.safetysupervision.testkit.TestIdentifiers;
import cn.safetysupervision.testkit.Tokens;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site photo's way to the public site across the packaged processes: uploaded as evidence through
 * contract-service's API, chosen by the agency in disclosure-service, fetched from the real contract-service with
 * disclosure-service's own evidence-reader token, verified against the archived SHA-256 and served without its
 * metadata. agency-registry registers the agency; its qualification and staff are published by
 * {@link RegistryFixture} (the registry is not what is under test here).
 */
class DisclosureImagesIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static Suite suite;
    private static MongoServer mongo;
    private static ServiceProcess registry;
    private static ServiceProcess contracts;
    private static ServiceProcess disclosure;

    @BeforeAll
    static void start() {
        suite = new Suite();
        // The same wire server ./suite up runs (mongo-java-server), in memory with an oplog.
        MemoryBackend backend = new MemoryBackend();
        backend.enableOplog();
        mongo = new MongoServer(backend);
        mongo.bind("127.0.0.1", 0);
        registry = suite.service("agency-registry");
        // The access log lets the test count the downloads disclosure-service makes from the real service.
        contracts = suite.service("contract-service").with("QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true");
        // Its PostgreSQL database stays unused (the service is MongoDB only); the suite drops it.
        disclosure = suite.service("disclosure-service")
                .with("MONGODB_CONNECTION_STRING", "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort())
                .with("DISCLOSURE_IMAGES_CONTRACT_SERVICE_URL", contracts.baseUri())
                .with("DISCLOSURE_IMAGES_SERVICE_TOKEN", Tokens.token("disclosure-service", "evidence-reader", null))
                .with("DISCLOSURE_IMAGES_RETRY_INTERVAL", "PT1S")
                .with("DISCLOSURE_IMAGES_MAX_BACKOFF", "PT2S");
        // All three at once, each on a thread of its own: their boots overlap (the common pool has one thread here).
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CompletableFuture.allOf(Stream.of(registry, contracts, disclosure)
                    .map(service -> CompletableFuture.runAsync(service::start, pool))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void aChosenSitePhotoIsCopiedFromContractServiceVerifiedAndServedWithoutItsMetadata() throws Exception {
        String creditCode = TestIdentifiers.creditCode();
        String agencyName = "临沂图像系统测试" + UUID.randomUUID().toString().substring(0, 4) + "有限公司";
        String agencyId = given().baseUri(registry.baseUri()).auth().oauth2(Tokens.association())
                .contentType(ContentType.JSON)
                .body(Map.of("creditCode", creditCode, "name", agencyName,
                        "legalRepresentative", "李明", "registeredAddress", "山东省临沂市河东区"))
                .when().post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        RegistryFixture.Agency agency = RegistryFixture.staffOf(suite.kafka.bootstrapServers(), UUID.fromString(agencyId), creditCode);
        String agencyToken = Tokens.agency(agency.agencyId());
        LocalDate today = LocalDate.now(BEIJING);

        String contractId = signedContract(agency, agencyToken, today);

        String marker = "MARKSYS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        byte[] photo = jpegWithExif(marker);
        String photoSha = sha256(photo);
        Instant capturedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Response uploaded = given().baseUri(contracts.baseUri()).auth().oauth2(agencyToken)
                .contentType("application/octet-stream").queryParam("fileName", "储罐区现场.jpg")
                .queryParam("capturedAt", capturedAt.toString()).body(photo)
                .when().post("/api/v1/contracts/" + contractId + "/evidence");
        uploaded.then().statusCode(201);
        assertEquals(photoSha, uploaded.path("sha256"), "contract-service archived the very bytes");
        String evidenceId = uploaded.path("id");

        RegistryFixture.Staff lead = agency.staff().get(0);
        RegistryFixture.Staff reviewer = agency.staff().get(2);
        String reportNumber = "AQPJ-" + UUID.randomUUID().toString().substring(0, 8);
        String reportId = given().baseUri(contracts.baseUri()).auth().oauth2(agencyToken).contentType(ContentType.JSON)
                .body(Map.of("reportNumber", reportNumber, "reportType", "安全现状评价报告", "issueDate", today.toString(),
                        "signatories", List.of(
                                Map.of("practitionerId", lead.practitionerId().toString(), "role", "TEAM_LEAD",
                                        "credentialNumber", lead.credentialNumber()),
                                Map.of("practitionerId", reviewer.practitionerId().toString(), "role", "FINAL_REVIEWER",
                                        "credentialNumber", reviewer.credentialNumber())),
                        "summary", "储罐区安全设施基本符合要求。"))
                .when().post("/api/v1/contracts/" + contractId + "/report").then().statusCode(201).extract().path("id");

        // disclosure-service learns of the report (and the evidence) from contract.contract.
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(disclosure.baseUri())
                .queryParam("number", reportNumber).get("/api/public/verification").jsonPath().getBoolean("exists"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(disclosure.baseUri()).auth().oauth2(agencyToken).contentType(ContentType.JSON)
                        .body(Map.of("imageEvidenceIds", List.of(evidenceId)))
                        .put("/api/agency/reports/" + reportId + "/disclosure").then().statusCode(200));

        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(disclosure.baseUri())
                .get("/api/public/reports/" + reportId).jsonPath().getList("siteImages.copyState").equals(List.of("COPIED")));

        // Fetched once: three more sweeps (every second) later, contract-service has served the content one time.
        Thread.sleep(3_000);
        String download = "GET /api/v1/contracts/" + contractId + "/evidence/" + evidenceId + "/content";
        long downloads = Files.readAllLines(contracts.log()).stream().filter(line -> line.contains(download)).count();
        assertEquals(1, downloads, "downloads of the evidence in contract-service's access log");
        // The copy is held by disclosure-service: it is served with contract-service gone.
        contracts.kill();
        Response image = given().baseUri(disclosure.baseUri()).get("/api/public/images/" + evidenceId);
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.contentType());
        byte[] copy = image.asByteArray();
        assertFalse(contains(copy, marker), "the marker (camera make/serial, comment) is gone");
        assertFalse(contains(copy, "Exif"), "no Exif (GPS) segment");
        assertFalse(hasMetadataSegment(copy), "no APP1..APP15 or COM segment before the scan");
        assertTrue(hasMetadataSegment(photo) && contains(photo, marker) && contains(photo, "Exif"),
                "the original had them (the checks above can fail)");
        String copySha = sha256(copy);
        assertNotEquals(photoSha, copySha, "other bytes than the original");
        assertTrue(image.header("ETag").contains(copySha), "ETag is the copy's SHA-256: " + image.header("ETag"));
        assertArrayEquals(pixels(photo), pixels(copy), "only metadata was stripped: the same pixels");

        JsonPath report = given().baseUri(disclosure.baseUri()).get("/api/public/reports/" + reportId).jsonPath();
        assertEquals("/api/public/images/" + evidenceId, report.getString("siteImages[0].url"));
        assertEquals(photoSha, report.getString("siteImages[0].sha256"), "the archived evidence's hash, for checking");
        String page = given().baseUri(disclosure.baseUri()).get("/reports/" + reportId).then().statusCode(200)
                .extract().asString();
        String beijing = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(capturedAt.atZone(BEIJING));
        assertTrue(page.contains("拍摄时间：" + beijing), "capture time in Beijing time, " + beijing);
        assertTrue(page.contains("<img src=\"/api/public/images/" + evidenceId + "\""));
        assertFalse(page.contains(marker));
    }

    /** A contract drafted by the agency and signed today; the draft waits for the registry projection. */
    private static String signedContract(RegistryFixture.Agency agency, String agencyToken, LocalDate today) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("contractNumber", "HT-IMG-" + UUID.randomUUID().toString().substring(0, 8));
        terms.put("client", Map.of("name", "临沂沂蒙化工有限公司", "creditCode", TestIdentifiers.creditCode(),
                "industry", "危险化学品", "address", "临沂市河东区化工园 9 号", "contact", "李四"));
        terms.put("serviceType", "EVALUATION");
        terms.put("scope", "安全现状评价");
        terms.put("feeItems", List.of(Map.of("description", "评价服务", "amount", new BigDecimal("30000.00"))));
        terms.put("siteWorkRequired", true);
        terms.put("plannedSiteWorkDate", today.plusDays(7).toString());
        terms.put("reportDue", Map.of("date", today.plusDays(30).toString()));
        terms.put("rectificationConfirmationDue", Map.of("date", today.plusDays(60).toString()));
        String[] roles = {"TECHNICAL_LEAD", "PROCESS_CONTROL_LEAD", "QUALITY_LEAD", "MEMBER"};
        List<Map<String, Object>> staffing = new ArrayList<>();
        for (int r = 0; r < roles.length; r++) {
            RegistryFixture.Staff staff = agency.staff().get(r);
            staffing.add(Map.of("role", roles[r], "practitionerId", staff.practitionerId().toString(),
                    "credentialId", staff.credentialId().toString()));
        }
        terms.put("staffing", staffing);
        Response[] draft = new Response[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            draft[0] = given().baseUri(contracts.baseUri()).auth().oauth2(agencyToken).contentType(ContentType.JSON)
                    .body(terms).when().post("/api/v1/contracts");
            return draft[0].statusCode() != 403 && draft[0].statusCode() != 400;
        });
        draft[0].then().statusCode(201);
        String id = draft[0].path("id");
        given().baseUri(contracts.baseUri()).auth().oauth2(agencyToken).contentType(ContentType.JSON)
                .header("If-Match", draft[0].header("ETag")).body(Map.of("signedDate", today.toString()))
                .when().post("/api/v1/contracts/" + id + "/sign").then().statusCode(200);
        return id;
    }

    private static int[] pixels(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A JPEG as a phone writes it: EXIF APP1 (make and serial = marker, GPS 35°3'N 118°21'E) and a COM segment. */
    private static byte[] jpegWithExif(String marker) throws IOException {
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.BLUE);
        g.fillRect(10, 10, 20, 20);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(segment(0xe1, exif(marker)));
        out.write(segment(0xfe, ("comment " + marker).getBytes(StandardCharsets.US_ASCII)));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** "Exif\0\0" + a big-endian TIFF: IFD0 (Make, BodySerialNumber, GPS pointer) and a GPS IFD. */
    private static byte[] exif(String marker) {
        byte[] make = (marker + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(512);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        int gpsIfd = 8 + 2 + 3 * 12 + 4;
        int data = gpsIfd + 2 + 4 * 12 + 4;
        tiff.putShort((short) 3);
        entry(tiff, 0x010f, 2, make.length, data);
        entry(tiff, 0xa431, 2, make.length, data);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        int latitude = data + make.length;
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 2, 5, 3, latitude);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(tiff, 4, 5, 3, latitude + 24);
        tiff.putInt(0);
        tiff.position(data);
        tiff.put(make);
        for (int v : new int[]{35, 1, 3, 1, 0, 1, 118, 1, 21, 1, 0, 1}) {
            tiff.putInt(v);
        }
        byte[] body = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 6);
        System.arraycopy(tiff.array(), 0, body, 6, tiff.position());
        return body;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int valueOrOffset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    private static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xff).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return b.array();
    }

    private static boolean hasMetadataSegment(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
            int marker = jpeg[i + 1] & 0xff;
            if (marker == 0xda) {
                return false;
            }
            if ((marker >= 0xe1 && marker <= 0xef) || marker == 0xfe) {
                return true;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return false;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
