package cn.safetysupervision.complaint;

import cn.safetysupervision.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AttachmentTest {

    static final byte[] PNG = pngOf(4000);

    @TestHTTPResource("/api/v1/public/follow-up/attachments")
    URI uploadUri;

    @Inject
    EntityManager entityManager;

    @Test
    void anImageIsStoredEncryptedWithItsHashAndTheHandlerGetsItBack() throws Exception {
        TestWorld.Agency agency = TestWorld.agency("临沂附件测试有限公司");
        String code = (String) TestWorld.submit(ComplaintLifecycleTest.complaint(agency)).get("receiptCode");
        String caseId = TestWorld.caseIdOf(code);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
        String id = given().header("X-Receipt-Code", code).contentType("application/octet-stream").body(PNG)
                .post("/api/v1/public/follow-up/attachments").then().statusCode(201)
                .body("mediaType", is("image/png")).body("sha256", is(sha)).body("sizeBytes", is(PNG.length))
                .extract().path("id");
        ComplaintLifecycleTest.followUp(code).then().statusCode(200).body("attachments", is(1));

        // At rest: not the plain bytes.
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select ciphertext from attachment where id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult());
        assertEquals(PNG.length + 16, stored.length, "GCM ciphertext plus tag");
        assertFalse(indexOf(stored, Arrays.copyOfRange(PNG, 0, 8)) >= 0, "the PNG signature is not readable at rest");

        byte[] back = given().auth().oauth2(Tokens.association()).get("/api/v1/cases/" + caseId + "/attachments/" + id)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(PNG, back);
        given().auth().oauth2(Tokens.association()).get("/api/v1/cases/" + UUID.randomUUID() + "/attachments/" + id)
                .then().statusCode(404);
    }

    @Test
    void aDisguisedExecutableIsRefusedByItsContent() {
        TestWorld.Agency agency = TestWorld.agency("临沂伪装文件测试有限公司");
        String code = (String) TestWorld.submit(ComplaintLifecycleTest.complaint(agency)).get("receiptCode");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[60] = (byte) 0x80;
        given().header("X-Receipt-Code", code).contentType("image/jpeg").header("Content-Disposition", "attachment; filename=photo.jpg")
                .body(exe).post("/api/v1/public/follow-up/attachments").then().statusCode(415)
                .contentType("application/problem+json");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0};
        given().header("X-Receipt-Code", code).contentType("application/pdf").body(elf)
                .post("/api/v1/public/follow-up/attachments").then().statusCode(415);
        ComplaintLifecycleTest.followUp(code).then().statusCode(200).body("attachments", is(0));
    }

    @Test
    void anOversizedFileIsRefusedWithoutTheHeapGrowingByItsSize() throws Exception {
        TestWorld.Agency agency = TestWorld.agency("临沂大文件测试有限公司");
        String code = (String) TestWorld.submit(ComplaintLifecycleTest.complaint(agency)).get("receiptCode");
        // Declared too large: refused before a byte is read.
        given().header("X-Receipt-Code", code).contentType("application/octet-stream").body(pngOf(2 * 1024 * 1024))
                .post("/api/v1/public/follow-up/attachments").then().statusCode(413);

        // Streamed without a length (chunked): 1 GB starting like a PNG, more than this JVM's whole heap (-Xmx512m in
        // the pom). Had the service or the HTTP layer held the body, the test JVM (which runs the service) would fail
        // with OutOfMemoryError; it answers 413 once past its 1 MB limit.
        long size = 1024L * 1024 * 1024;
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap < size, "the heap (" + (maxHeap >> 20) + " MB) is smaller than the upload");
        GeneratedPng upload = new GeneratedPng(size);
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(uploadUri).header("X-Receipt-Code", code)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> upload)).build();
            status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException refusedWhileSending) {
            // The server answered and closed the connection while the client was still sending.
            status = -1;
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("oversized upload: %d MB offered, %d MB sent, heap %d MB of %d MB after%n", size >> 20,
                upload.position >> 20, used >> 20, maxHeap >> 20);
        assertTrue(status == 413 || status == -1, "refused: " + status);
        ComplaintLifecycleTest.followUp(code).then().statusCode(200).body("attachments", is(0));
    }

    static byte[] pngOf(int size) {
        byte[] png = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, png, 0, signature.length);
        for (int i = signature.length; i < size; i++) {
            png[i] = (byte) (i * 31);
        }
        return png;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A PNG signature followed by generated bytes, never held in memory. */
    static final class GeneratedPng extends InputStream {
        private final long size;
        private long position;

        GeneratedPng(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long p = position++;
            return p < 8 ? PNG[(int) p] & 0xff : (int) (p * 31) & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }
}
