package cn.safetysupervision.contract;

import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class WorkingCalendarTest {

    private static String add(String from, int days) {
        return given().auth().oauth2(Tokens.association()).queryParam("from", from).queryParam("days", days)
                .get("/api/v1/calendar/working-days").then().statusCode(200).extract().path("result");
    }

    @Test
    void springFestival2025SkipsTheHolidayAndCountsTheMakeUpSaturday() {
        // Fri 2025-01-24; Sun 01-26 is a make-up working day; 01-28..02-04 off; Sat 02-08 works.
        org.junit.jupiter.api.Assertions.assertEquals("2025-01-26", add("2025-01-24", 1));
        org.junit.jupiter.api.Assertions.assertEquals("2025-01-27", add("2025-01-24", 2));
        org.junit.jupiter.api.Assertions.assertEquals("2025-02-05", add("2025-01-24", 3));
        org.junit.jupiter.api.Assertions.assertEquals("2025-02-08", add("2025-02-05", 3));
    }

    @Test
    void nationalDay2024WithMakeUpDaysBeforeAndAfter() {
        // Sun 09-29 works, 10-01..10-07 off, Sat 10-12 works.
        org.junit.jupiter.api.Assertions.assertEquals("2024-09-29", add("2024-09-27", 1));
        org.junit.jupiter.api.Assertions.assertEquals("2024-10-08", add("2024-09-29", 2));
        org.junit.jupiter.api.Assertions.assertEquals("2024-10-12", add("2024-10-08", 4));
        // A plain week without holidays: Fri + 1 = Mon.
        org.junit.jupiter.api.Assertions.assertEquals("2024-11-11", add("2024-11-08", 1));
    }

    @Test
    void springFestival2026NineDaysOff() {
        // Fri 02-13, Sat 02-14 works, 02-15..02-23 off, Tue 02-24 next.
        org.junit.jupiter.api.Assertions.assertEquals("2026-02-14", add("2026-02-13", 1));
        org.junit.jupiter.api.Assertions.assertEquals("2026-02-24", add("2026-02-13", 2));
    }

    @Test
    void unknownYearsAreRefusedUntilAnAdministratorLoadsThem() {
        given().auth().oauth2(Tokens.association()).queryParam("from", "2028-03-01").queryParam("days", 3)
                .get("/api/v1/calendar/working-days").then().statusCode(422);
        Map<String, Object> year = Map.of("source", "国务院办公厅通知（测试）", "days", List.of(
                Map.of("day", "2028-03-02", "working", false, "name", "测试假日"),
                Map.of("day", "2028-03-04", "working", true, "name", "测试调休")));
        given().auth().oauth2(Tokens.agency(java.util.UUID.randomUUID())).contentType("application/json").body(year)
                .put("/api/v1/calendar/2028").then().statusCode(403);
        given().auth().oauth2(Tokens.regulator()).contentType("application/json")
                .body(Map.of("source", "x", "days", List.of(Map.of("day", "2029-01-02", "working", false, "name", "错年"))))
                .put("/api/v1/calendar/2028").then().statusCode(400);
        given().auth().oauth2(Tokens.regulator()).contentType("application/json").body(year)
                .put("/api/v1/calendar/2028").then().statusCode(200).body("days", hasSize(2));
        // Wed 03-01 → Thu 03-02 off → Fri 03-03 (1) → Sat 03-04 works (2) → Mon 03-06 (3)
        org.junit.jupiter.api.Assertions.assertEquals("2028-03-06", add("2028-03-01", 3));
        given().auth().oauth2(Tokens.agency(java.util.UUID.randomUUID())).get("/api/v1/calendar/2024")
                .then().statusCode(200).body("days.find { it.day == '2024-02-04' }.working", equalTo(true));
    }
}
