package cn.safetysupervision.disclosure;

import cn.safetysupervision.testkit.Tokens;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The worlds the tests share (one Quarkus app per run): made once, then read by several test classes. */
final class Worlds {

    private static World published;

    private Worlds() {
    }

    /** A world whose agency published two reports (with images) and two versions of its price list. */
    static synchronized World published() {
        if (published == null) {
            World w = World.create().awaitProjected();
            String token = Tokens.agency(w.agencyId);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("imageEvidenceIds", List.of(w.imageId.toString(), w.secondImageId.toString())))
                    .put("/api/agency/reports/" + w.reportId + "/disclosure").then().statusCode(200);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("imageEvidenceIds", List.of(w.secretImageId.toString())))
                    .put("/api/agency/reports/" + w.secretReportId + "/disclosure").then().statusCode(200);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("effectiveOn", "2026-01-01", "items", List.of(
                            Map.of("item", "安全现状评价", "content", "现场勘验与报告编制", "price", 30000))))
                    .put("/api/agency/price-list").then().statusCode(200);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("effectiveOn", "2026-06-01", "items", List.of(
                            Map.of("item", "安全现状评价", "content", "现场勘验与报告编制", "price", 32000),
                            Map.of("item", "安全预评价", "content", "建设项目安全预评价", "pricingMethod", "按项目投资额分档计费"))))
                    .put("/api/agency/price-list").then().statusCode(200);
            published = w;
        }
        return published;
    }
}
