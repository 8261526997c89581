package cn.safetysupervision.complaint;

import cn.safetysupervision.complaint.persistence.CalendarYear;
import cn.safetysupervision.complaint.persistence.RegistryAgency;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import cn.safetysupervision.testkit.TestIdentifiers;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Registry agencies and calendar years made known the way production does it: their owners' events on the broker. */
final class TestWorld {

    record Agency(UUID id, String creditCode, String name) {
    }

    private static boolean calendarPublished;

    private TestWorld() {
    }

    /** Publishes 2026 and 2027 as contract-service would (test holidays: 2026-10-01..07 off, Sat 2026-10-10 worked). */
    static synchronized void calendar() {
        if (calendarPublished) {
            return;
        }
        RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), ContractEvents.CALENDAR_TOPIC.name(),
                RawRecords.newEventId(), ContractEvents.CALENDAR_YEAR_PUBLISHED_V1.type(), "2026", """
                        {"year":2026,"source":"国办发明电〔2025〕7号（测试）","publishedAt":"2026-01-01T00:00:00Z","days":[
                         {"day":"2026-10-01","working":false,"name":"国庆节"},{"day":"2026-10-02","working":false,"name":"国庆节"},
                         {"day":"2026-10-05","working":false,"name":"国庆节"},{"day":"2026-10-06","working":false,"name":"国庆节"},
                         {"day":"2026-10-07","working":false,"name":"国庆节"},{"day":"2026-10-10","working":true,"name":"国庆节调休"},
                         {"day":"2026-12-31","working":false,"name":"测试假日"}]}""");
        RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), ContractEvents.CALENDAR_TOPIC.name(),
                RawRecords.newEventId(), ContractEvents.CALENDAR_YEAR_PUBLISHED_V1.type(), "2027", """
                        {"year":2027,"source":"测试","publishedAt":"2027-01-01T00:00:00Z","days":[
                         {"day":"2027-01-01","working":false,"name":"元旦"}]}""");
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> CalendarYear.count() >= 2));
        calendarPublished = true;
    }

    static Agency agency(String name) {
        calendar();
        UUID id = UUID.randomUUID();
        String creditCode = TestIdentifiers.creditCode();
        RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), RegistryEvents.AGENCY_TOPIC.name(),
                RawRecords.newEventId(), RegistryEvents.AGENCY_REGISTERED_V1.type(), id.toString(), """
                        {"agencyId":"%s","creditCode":"%s","name":"%s","legalRepresentative":"王建国",
                         "registeredAddress":"山东省临沂市兰山区","status":"ACTIVE","registeredAt":"2026-11-28T08:00:00Z"}"""
                        .formatted(id, creditCode, name));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> RegistryAgency.findById(id) != null));
        return new Agency(id, creditCode, name);
    }

    /** Submits a complaint; returns the receipt body. */
    static Map<String, Object> submit(Map<String, Object> complaint) {
        return given().contentType("application/json").body(complaint)
                .post("/api/v1/public/complaints").then().statusCode(201).extract().jsonPath().getMap("$");
    }

    static String caseIdOf(String receiptCode) {
        // Handlers find cases in the queue; tests look the newest case up by its code through the domain.
        return QuarkusTransaction.requiringNew().call(() -> {
            var codes = io.quarkus.arc.Arc.container().instance(cn.safetysupervision.complaint.domain.ReceiptCodes.class).get();
            cn.safetysupervision.complaint.persistence.ComplaintCase c = cn.safetysupervision.complaint.persistence.ComplaintCase
                    .find("receiptHash", codes.hash(receiptCode)).firstResult();
            return c.id.toString();
        });
    }
}
