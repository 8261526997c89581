package cn.safetysupervision.disclosure;

import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.PenaltyDecidedV1;
import cn.safetysupervision.events.registry.BusinessScopeEntryV1;
import cn.safetysupervision.events.registry.EmploymentStartedV1;
import cn.safetysupervision.events.registry.QualificationGrantedV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.Tokens;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agency page is read from one per-agency document (agency_pages); it must follow every change of its pieces:
 * a certificate's lifecycle, a newly published report, a new sanction, and several employments of one agency at once.
 */
@QuarkusTest
class AgencyPageDocumentTest {

    @Inject
    MongoStore store;

    @Test
    void perAgencyDocumentFollowsCertificateReportSanctionAndStaffChanges() {
        World w = World.create().awaitProjected();
        String agencyId = w.agencyId.toString();
        Document page = page(agencyId);
        assertEquals(w.agencyName, page.get("agency", Document.class).getString("name"));
        assertEquals(w.agencyName, store.agencyIndex().find(Filters.eq("_id", agencyId)).first().getString("name"));
        // Submitted but not yet published: not on the page.
        assertFalse(page.get("reports", Document.class) != null
                && page.get("reports", Document.class).containsKey(w.reportId.toString()));

        // A certificate change: the granted certificate is suspended.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Upstream.produce("registry.qualification", RegistryEvents.QUALIFICATION_SUSPENDED_V1.type(), w.grantedId,
                new QualificationGrantedV1(w.grantedId, w.grantedNumber, w.agencyId, w.creditCode, w.agencyName,
                        "SAFETY_EVALUATION", List.of(new BusinessScopeEntryV1("EVALUATION", "危险化学品")), "山东省应急管理厅",
                        today.minusYears(1), today.plusYears(4), "SUSPENDED", "regulator-officer", Instant.now()),
                Map.of("reason", "整改期间暂停"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPENDED".equals(certificateState(agencyId, w.grantedNumber)));
        assertEquals("SUSPENDED", page(agencyId).get("certificates", Document.class)
                .get(w.grantedId.toString(), Document.class).getString("status"));

        // A newly published report.
        given().auth().oauth2(Tokens.agency(w.agencyId)).contentType(ContentType.JSON)
                .body(Map.of("imageEvidenceIds", List.of(w.imageId.toString())))
                .put("/api/agency/reports/" + w.reportId + "/disclosure").then().statusCode(200);
        Document entry = page(agencyId).get("reports", Document.class).get(w.reportId.toString(), Document.class);
        assertNotNull(entry, "the publication wrote the page entry");
        assertEquals(w.reportNumber, entry.getString("reportNumber"));
        assertEquals(today.toString(), entry.get("publication", Document.class).getString("publishedOn"));
        JsonPath agency = given().get("/api/public/agencies/" + agencyId).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(w.reportNumber), agency.getList("reports.reportNumber"));
        assertFalse(agency.getList("reports.reportNumber").contains(w.unpublishedReportNumber));

        // A second sanction, and three more employments of the same agency in one burst (no lost update).
        UUID penaltyId = UUID.randomUUID();
        Upstream.produce(ComplianceEvents.PENALTY_DECIDED_V1, w.agencyId, new PenaltyDecidedV1(penaltyId, w.agencyId,
                "临应急罚〔2026〕9" + (10 + (int) (Math.random() * 80)) + "号", today.minusDays(1), "《安全生产法》第九十二条",
                "警告", null, "临沂市应急管理局", Instant.now()));
        for (int i = 0; i < 3; i++) {
            UUID practitionerId = UUID.randomUUID();
            Upstream.produce(RegistryEvents.PRACTITIONER_EMPLOYMENT_STARTED_V1, practitionerId, new EmploymentStartedV1(
                    UUID.randomUUID(), practitionerId, "周" + i, "hash" + i, w.agencyId, w.creditCode, w.agencyName,
                    "FULL_TIME", today.minusDays(1), null, "agency", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath a = given().get("/api/public/agencies/" + agencyId).then().statusCode(200).extract().jsonPath();
            assertEquals(2, a.getList("sanctions").size());
            assertEquals(5, a.getInt("staff.fullTime"));
            assertEquals(6, a.getInt("staff.total"));
        });
        Document sanctions = page(agencyId).get("sanctions", Document.class);
        assertTrue(sanctions.containsKey(penaltyId.toString()) && sanctions.containsKey(w.penaltyId.toString()));
        assertEquals("SUSPENDED", certificateState(agencyId, w.grantedNumber), "later pieces left the certificate alone");
        given().get("/agencies/" + agencyId).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(w.reportNumber));
    }

    private Document page(String agencyId) {
        Document page = store.agencyPages().find(Filters.eq("_id", agencyId)).first();
        assertNotNull(page, "agency_pages has the agency");
        return page;
    }

    @SuppressWarnings("unchecked")
    private static String certificateState(String agencyId, String number) {
        List<Map<String, Object>> certificates = given().get("/api/public/agencies/" + agencyId).jsonPath().getList("certificates");
        return certificates.stream().filter(c -> number.equals(c.get("certificateNumber")))
                .map(c -> (String) c.get("publicState")).findFirst().orElse(null);
    }
}
