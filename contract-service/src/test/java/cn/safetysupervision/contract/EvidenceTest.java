package cn.safetysupervision.contract;

import cn.safetysupervision.contract.persistence.Evidence;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class EvidenceTest {

    @Inject
    EntityManager em;

    private static TestRegistry.Agency agency;
    private static String contractId;

    /** Once per class, after the application is up (a static @BeforeAll may run before it starts). */
    @BeforeEach
    void contract() {
        if (agency != null) {
            return;
        }
        agency = TestRegistry.agencyWithStaff();
        contractId = TestContracts.signed(agency, TestContracts.terms(agency, true), "2026-12-01");
    }

    private static Response upload(String name, byte[] bytes) {
        return given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/octet-stream")
                .queryParam("fileName", name).body(bytes).post("/api/v1/contracts/" + contractId + "/evidence");
    }

    private static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        new java.util.Random(size).nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }

    @Test
    void archivesByContentWithHashAndServesOnlyIntactBytes() throws Exception {
        byte[] photo = jpeg(150_000);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        Response archived = upload("储罐区.dat", photo);
        archived.then().statusCode(201).body("mediaType", equalTo("image/jpeg")).body("sha256", equalTo(sha))
                .body("sizeBytes", equalTo(150_000));
        String evidenceId = archived.path("id");
        ReceivedEvent event = EventProbe.onTestBroker().awaitEvents(ContractEvents.CONTRACT_TOPIC.name(),
                e -> ContractEvents.EVIDENCE_ARCHIVED_V1.type().equals(e.type()) && evidenceId.equals(e.data().path("evidenceId").asText()),
                1, java.time.Duration.ofSeconds(30)).get(0);
        assertEquals(sha, event.data().path("sha256").asText());
        assertEquals("image/jpeg", event.data().path("mediaType").asText());

        byte[] downloaded = given().auth().oauth2(Tokens.regulator())
                .get("/api/v1/contracts/" + contractId + "/evidence/" + evidenceId + "/content")
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertArrayEquals(photo, downloaded);
        // disclosure-service's service account reads the file (to copy a published site image), and nothing else.
        String evidenceReader = Tokens.token("disclosure-service", "evidence-reader", null);
        assertArrayEquals(photo, given().auth().oauth2(evidenceReader)
                .get("/api/v1/contracts/" + contractId + "/evidence/" + evidenceId + "/content")
                .then().statusCode(200).extract().asByteArray());
        given().auth().oauth2(evidenceReader).get("/api/v1/contracts/" + contractId + "/evidence").then().statusCode(403);
        given().auth().oauth2(evidenceReader).get("/api/v1/contracts/" + contractId).then().statusCode(403);
        given().auth().oauth2(Tokens.agency(UUID.randomUUID()))
                .get("/api/v1/contracts/" + contractId + "/evidence/" + evidenceId + "/content").then().statusCode(404);

        // The bytes are in the database, keyed by their hash: the same upload again stores no second copy.
        assertEquals(sha, storageKey(UUID.fromString(evidenceId)));
        long blobs = blobCount();
        upload("储罐区-again.jpg", photo).then().statusCode(201).body("sha256", equalTo(sha));
        assertEquals(blobs, blobCount());

        // Tampering with the stored bytes is detected on read; nothing is served.
        String flipped = HexFormat.of().formatHex(new byte[]{(byte) (photo[1000] ^ 1)});
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "select lo_put(content_oid, 1000, decode(?1, 'hex')) from platform_blob where sha256 = ?2")
                .setParameter(1, flipped).setParameter(2, sha).getResultList());
        given().auth().oauth2(Tokens.regulator())
                .get("/api/v1/contracts/" + contractId + "/evidence/" + evidenceId + "/content")
                .then().statusCode(500).contentType("application/problem+json");
    }

    @Test
    void recognisesPngPdfAndMp4() {
        upload("a.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13})
                .then().statusCode(201).body("mediaType", equalTo("image/png"));
        upload("a.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes()).then().statusCode(201).body("mediaType", equalTo("application/pdf"));
        upload("a.mp4", new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0})
                .then().statusCode(201).body("mediaType", equalTo("video/mp4"));
    }

    @Test
    void refusesUnknownContentEmptyFilesAndOversizeAndLeavesNothing() throws Exception {
        long rows = QuarkusTransaction.requiringNew().call(() -> Evidence.count("contractId", UUID.fromString(contractId)));
        long files = fileCount();
        upload("photo.jpg", "this is plain text pretending to be a JPEG".getBytes())
                .then().statusCode(415).contentType("application/problem+json");
        upload("empty.jpg", new byte[0]).then().statusCode(400);
        upload("big.jpg", jpeg(200_001)).then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/octet-stream")
                .body(jpeg(100)).post("/api/v1/contracts/" + contractId + "/evidence").then().statusCode(400);
        given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/octet-stream")
                .queryParam("fileName", "x.jpg").queryParam("siteVisitId", UUID.randomUUID().toString())
                .body(jpeg(100)).post("/api/v1/contracts/" + contractId + "/evidence").then().statusCode(400);
        assertEquals(rows, QuarkusTransaction.requiringNew().call(() -> Evidence.count("contractId", UUID.fromString(contractId))));
        assertEquals(files, fileCount());
    }

    @Test
    void draftsTakeNoEvidence() {
        String draft = TestContracts.createDraft(agency, TestContracts.terms(agency, true)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.agency(agency.agencyId())).contentType("application/octet-stream")
                .queryParam("fileName", "x.jpg").body(jpeg(100)).post("/api/v1/contracts/" + draft + "/evidence")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.agency(agency.agencyId())).get("/api/v1/contracts/" + draft + "/evidence")
                .then().statusCode(200).body("$", hasSize(0));
    }

    private static String storageKey(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence>findById(id).storageKey);
    }

    /** What an upload leaves behind: stored blobs and temporary files. */
    private long fileCount() throws Exception {
        Path root = Path.of("target/test-evidence").toAbsolutePath();
        long temporary = 0;
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                temporary = walk.filter(Files::isRegularFile).count();
            }
        }
        return temporary + blobCount();
    }

    private long blobCount() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from platform_blob").getSingleResult()).longValue());
    }
}
