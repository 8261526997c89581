package cn.safetysupervision.registry;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.registry.domain.ExpirySweep;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calibration warnings (default leads 30 and 7 days) and expiries of agency equipment, each emitted once. */
@QuarkusTest
class EquipmentCalibrationTest {

    private static final String AGENCY_TOPIC = RegistryEvents.AGENCY_TOPIC.name();
    private static final String EXPIRING = RegistryEvents.AGENCY_EQUIPMENT_CALIBRATION_EXPIRING_V1.type();
    private static final String EXPIRED = RegistryEvents.AGENCY_EQUIPMENT_CALIBRATION_EXPIRED_V1.type();

    @Inject
    ExpirySweep sweep;

    private static String equipment(String agencyId, String name, LocalDate calibrationValidTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("model", "GX-2012");
        body.put("serialNumber", "SN-" + UUID.randomUUID().toString().substring(0, 8));
        if (calibrationValidTo != null) {
            body.put("calibrationValidTo", calibrationValidTo.toString());
        }
        return given().auth().oauth2(Tokens.agency(UUID.fromString(agencyId))).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/agencies/" + agencyId + "/facilities/equipment").then().statusCode(201)
                .extract().path("id");
    }

    private static void sweepThroughTheApi() {
        given().auth().oauth2(Tokens.regulator()).post("/api/v1/expiry-sweeps").then().statusCode(200)
                .body("equipmentCalibrationWarnings", greaterThanOrEqualTo(0))
                .body("equipmentCalibrationsExpired", greaterThanOrEqualTo(0));
    }

    /** The schema-checked events of this type about this item (keyed by its agency). */
    private static List<ReceivedEvent> events(String type, String agencyId, String equipmentId, int atLeast) {
        return EventProbe.onTestBroker().awaitEvents(AGENCY_TOPIC, e -> e.type().equals(type) && e.subject().equals(agencyId)
                && e.data().get("equipmentId").asText().equals(equipmentId), atLeast, Duration.ofSeconds(30));
    }

    @Test
    void aWarningIsEmittedOnceAtTheNearestLeadTimeReached() {
        String agency = Fixtures.agency("校准预警检测有限公司");
        String in20Days = equipment(agency, "气体检测仪", Fixtures.today().plusDays(20));
        // as if the service had been down while the 30-day lead passed: only the 7-day warning is due
        String in5Days = equipment(agency, "声级计", Fixtures.today().plusDays(5));
        sweepThroughTheApi();
        sweepThroughTheApi();

        List<ReceivedEvent> warnings = events(EXPIRING, agency, in20Days, 1);
        assertEquals(1, warnings.size(), "two sweeps, one warning");
        var data = warnings.get(0).data();
        assertEquals(30, data.get("leadTimeDays").asInt());
        assertEquals(20, data.get("daysRemaining").asInt());
        assertEquals("气体检测仪", data.get("equipmentName").asText());
        assertEquals("GX-2012", data.get("model").asText());
        assertTrue(data.get("serialNumber").asText().startsWith("SN-"));
        assertEquals(Fixtures.today().plusDays(20).toString(), data.get("calibrationValidTo").asText());
        assertEquals("校准预警检测有限公司", data.get("agencyName").asText());
        assertEquals(18, data.get("creditCode").asText().length());

        List<ReceivedEvent> nearest = events(EXPIRING, agency, in5Days, 1);
        assertEquals(1, nearest.size(), "only the nearest lead time reached is warned");
        assertEquals(7, nearest.get(0).data().get("leadTimeDays").asInt());
    }

    @Test
    void aPassedCalibrationIsEmittedOnceAsExpired() {
        String agency = Fixtures.agency("校准过期检测有限公司");
        String lapsed = equipment(agency, "压力表", Fixtures.today().minusDays(3));
        sweepThroughTheApi();
        sweepThroughTheApi();

        List<ReceivedEvent> expired = events(EXPIRED, agency, lapsed, 1);
        assertEquals(1, expired.size());
        assertEquals(Fixtures.today().minusDays(2).toString(), expired.get(0).data().get("expiredOn").asText());
        assertEquals(agency, expired.get(0).data().get("agencyId").asText());
        long warnings = EventProbe.onTestBroker().readAll(AGENCY_TOPIC, Duration.ofMillis(500)).stream()
                .filter(e -> e.type().equals(EXPIRING) && e.subject().equals(agency)).count();
        assertEquals(0, warnings, "a calibration already passed is not warned about");
    }

    @Test
    void equipmentFarFromItsCalibrationDateEmitsNothing() {
        String agency = Fixtures.agency("校准充裕检测有限公司");
        equipment(agency, "风速仪", Fixtures.today().plusDays(31));
        equipment(agency, "卷尺", null);
        sweepThroughTheApi();

        long emitted = EventProbe.onTestBroker().readAll(AGENCY_TOPIC, Duration.ofMillis(500)).stream()
                .filter(e -> e.subject().equals(agency) && (e.type().equals(EXPIRING) || e.type().equals(EXPIRED)))
                .count();
        assertEquals(0, emitted);
    }

    @Test
    void twoConcurrentSweepsEmitEachWarningAndExpiryOnce() throws Exception {
        String agency = Fixtures.agency("校准并发检测有限公司");
        String soon = equipment(agency, "测厚仪", Fixtures.today().plusDays(7));
        String lapsed = equipment(agency, "万用表", Fixtures.today().minusDays(1));

        // two replicas sweeping at the same moment
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<ExpirySweep.Result>> results = replicas.invokeAll(List.of(
                    () -> { start.await(); return sweep.sweep(); },
                    () -> { start.await(); return sweep.sweep(); }));
            for (Future<ExpirySweep.Result> result : results) {
                result.get();
            }
        } finally {
            replicas.shutdown();
        }

        List<ReceivedEvent> warnings = events(EXPIRING, agency, soon, 1);
        assertEquals(1, warnings.size());
        assertEquals(7, warnings.get(0).data().get("leadTimeDays").asInt());
        assertEquals(7, warnings.get(0).data().get("daysRemaining").asInt());
        assertEquals(1, events(EXPIRED, agency, lapsed, 1).size());
    }
}
