package cn.safetysupervision.contract;

import cn.safetysupervision.contract.domain.WorkingCalendar;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar has one owner: contract-service publishes every loaded year for the other services to project. */
@QuarkusTest
class CalendarPublicationTest {

    private static final String TOPIC = ContractEvents.CALENDAR_TOPIC.name();
    private static final String TYPE = ContractEvents.CALENDAR_YEAR_PUBLISHED_V1.type();

    @Inject
    WorkingCalendar calendar;

    @Test
    void theMigratedYearsArePublishedOnceAtStartAndALoadedYearOnPut() {
        for (String year : List.of("2024", "2025", "2026", "2027")) {
            ReceivedEvent event = EventProbe.onTestBroker().awaitEvent(TOPIC, TYPE, year);
            assertTrue(event.data().get("days").size() > 10, "the year's holidays and make-up days: " + year);
        }
        ReceivedEvent y2024 = EventProbe.onTestBroker().awaitEvent(TOPIC, TYPE, "2024");
        boolean makeUpDay = false;
        for (var day : y2024.data().get("days")) {
            if (day.get("day").asText().equals("2024-02-04")) {
                makeUpDay = day.get("working").asBoolean();
            }
        }
        assertTrue(makeUpDay, "2024-02-04 (Sunday) is published as a make-up working day");
        assertEquals(0, calendar.publishUnpublishedYears(), "nothing is published twice");

        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("source", "国务院办公厅通知（测试）", "days", List.of(
                        Map.of("day", "2029-05-01", "working", false, "name", "劳动节"))))
                .put("/api/v1/calendar/2029").then().statusCode(200);
        ReceivedEvent y2029 = EventProbe.onTestBroker().awaitEvent(TOPIC, TYPE, "2029");
        assertEquals(2029, y2029.data().get("year").asInt());
        assertEquals("2029-05-01", y2029.data().get("days").get(0).get("day").asText());
        assertEquals(1, EventProbe.onTestBroker().awaitEvents(TOPIC, e -> e.subject().equals("2024"), 1,
                Duration.ofSeconds(5)).size(), "the migrated year went out once");
    }
}
