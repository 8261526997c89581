package cn.safetysupervision.disclosure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unique markers were planted upstream in every confidential field and personal datum (client name and summary
 * marked confidential, client address and 统一社会信用代码, contract number, scope, fee items and total, 身份证 hash
 * and masked number, a phone number in an unknown field, evidence file names, an unpublished report's summary and
 * signatory, a dishonesty proposal and a suspected finding). No public response or page may contain any of them.
 */
@QuarkusTest
class NeverPublishTest {

    @Test
    void noMarkerInAnyPublicResponseOrPage() {
        World w = Worlds.published();
        assertTrue(w.markers.size() >= 20, "markers planted: " + w.markers.size());
        String a = w.agencyId.toString();
        List<String> urls = List.of(
                "/", "/?q=" + w.agencyName, "/agencies/" + a, "/reports/" + w.reportId, "/reports/" + w.secretReportId,
                "/reports/" + w.unpublishedReportId, "/reports/" + w.reportId + "/check?sha256=" + w.imageSha256,
                "/reports/" + w.secretReportId + "/qr.svg", "/sanctions", "/verify",
                "/verify?number=" + w.reportNumber, "/verify?number=" + w.secretReportNumber,
                "/verify?number=" + w.unpublishedReportNumber,
                "/api/public/agencies", "/api/public/agencies?q=" + w.agencyName, "/api/public/agencies/" + a,
                "/api/public/agencies/" + a + "/reports", "/api/public/agencies/" + a + "/prices",
                "/api/public/agencies/export?format=csv", "/api/public/agencies/export?format=json",
                "/api/public/reports/" + w.reportId, "/api/public/reports/" + w.secretReportId,
                "/api/public/reports/" + w.unpublishedReportId,
                "/api/public/reports/" + w.secretReportId + "/file-check?sha256=" + "a".repeat(64),
                "/api/public/verification?number=" + w.reportNumber,
                "/api/public/verification?number=" + w.secretReportNumber,
                "/api/public/verification?number=" + w.unpublishedReportNumber,
                "/api/public/sanctions", "/api/public/sanctions?kind=DISHONESTY_LISTING", "/q/openapi");
        List<String> leaks = new ArrayList<>();
        int scanned = 0;
        for (String url : urls) {
            Response response = given().get(url);
            assertFalse(response.statusCode() >= 500, url + " answered " + response.statusCode());
            String body = response.asString();
            scanned += body.length();
            for (String marker : w.markers) {
                if (body.contains(marker)) {
                    leaks.add(marker + " in " + url);
                }
            }
        }
        assertEquals(List.of(), leaks);
        // The scan saw the real content (it would pass vacuously on empty pages).
        assertTrue(given().get("/reports/" + w.secretReportId).asString().contains(w.secretReportNumber));
        assertTrue(given().get("/agencies/" + a).asString().contains(w.agencyName));
        assertTrue(scanned > 20_000, "bytes scanned: " + scanned);
    }
}
