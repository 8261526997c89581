package cn.safetysupervision.disclosure;

import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.PenaltyDecidedV1;
import cn.safetysupervision.events.contract.CalendarDayV1;
import cn.safetysupervision.events.contract.CalendarYearPublishedV1;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.registry.AgencyRegisteredV1;
import cn.safetysupervision.events.registry.RegistryEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sanction publication deadline (安全生产法 Art. 78) and how dates and times read on the pages. */
@QuarkusTest
class PublicationTimesTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void aSanctionReceivedAfterSevenWorkingDaysIsShownAsPublishedLate() {
        LocalDate today = LocalDate.now(BEIJING);
        // Decided on a Monday four weeks ago; 2 October of its year a holiday only when it falls in the window.
        LocalDate lateDecision = today.minusWeeks(4).with(DayOfWeek.MONDAY);
        LocalDate holiday = lateDecision.plusDays(1);
        for (int year : List.of(today.getYear() - 1, today.getYear(), today.getYear() + 1)) {
            List<CalendarDayV1> days = holiday.getYear() == year
                    ? List.of(new CalendarDayV1(holiday, false, "测试假日")) : List.of();
            Upstream.produce(ContractEvents.CALENDAR_YEAR_PUBLISHED_V1, year,
                    new CalendarYearPublishedV1(year, "国务院办公厅通知（测试）", days, Instant.now()));
        }
        UUID agencyId = UUID.randomUUID();
        String name = "临沂逾期公开测试" + agencyId.toString().substring(0, 6) + "有限公司";
        Upstream.produce(RegistryEvents.AGENCY_REGISTERED_V1, agencyId, new AgencyRegisteredV1(agencyId,
                "91371300MA" + agencyId.toString().substring(0, 8).toUpperCase(), name, "张三",
                "山东省临沂市兰山区北京路 1 号", "ACTIVE", Instant.now()));
        UUID late = UUID.randomUUID();
        UUID onTime = UUID.randomUUID();
        Upstream.produce(ComplianceEvents.PENALTY_DECIDED_V1, agencyId, new PenaltyDecidedV1(late, agencyId,
                "临应急罚〔2026〕L" + late.toString().substring(0, 4) + "号", lateDecision, "《安全生产法》第九十二条",
                "警告", null, "临沂市应急管理局", Instant.now()));
        Upstream.produce(ComplianceEvents.PENALTY_DECIDED_V1, agencyId, new PenaltyDecidedV1(onTime, agencyId,
                "临应急罚〔2026〕T" + onTime.toString().substring(0, 4) + "号", today, "《安全生产法》第九十二条",
                "警告", null, "临沂市应急管理局", Instant.now()));

        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            var r = given().get("/api/public/agencies/" + agencyId);
            return r.statusCode() == 200 && r.jsonPath().getList("sanctions").size() == 2
                    && r.jsonPath().getList("sanctions.publishBy").stream().allMatch(java.util.Objects::nonNull);
        });
        JsonPath agency = given().get("/api/public/agencies/" + agencyId).then().statusCode(200).extract().jsonPath();
        Map<String, Object> lateOne = sanction(agency, late);
        // Monday + 7 working days with the Tuesday off: Tue(off) Wed Thu Fri, Mon Tue Wed Thu → the Thursday after next.
        LocalDate expectedBy = lateDecision.plusDays(10);
        assertEquals(expectedBy.toString(), lateOne.get("publishBy"));
        assertEquals(today.toString(), lateOne.get("publishedOn"));
        assertEquals(true, lateOne.get("publishedLate"));
        Map<String, Object> onTimeOne = sanction(agency, onTime);
        assertEquals(false, onTimeOne.get("publishedLate"));

        String page = given().get("/agencies/" + agencyId).then().statusCode(200).extract().asString();
        assertTrue(page.contains("逾期公开，应于 " + chineseDay(expectedBy) + " 前公开"), "late sanction marked");
        String sanctions = given().get("/sanctions").then().statusCode(200).extract().asString();
        assertTrue(sanctions.contains("逾期公开，应于 " + chineseDay(expectedBy) + " 前公开"));
    }

    @Test
    void pagesShowBeijingTimeInChineseAndTheApiKeepsIso() {
        World world = Worlds.published();
        String report = given().get("/reports/" + world.reportId).then().statusCode(200).extract().asString();
        JsonPath api = given().get("/api/public/reports/" + world.reportId).then().statusCode(200).extract().jsonPath();
        String capturedAt = api.getString("siteImages[0].capturedAt");
        // The API: ISO 8601 with the offset.
        assertTrue(capturedAt.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*\\+08:00"), capturedAt);
        String shown = java.time.OffsetDateTime.parse(capturedAt).atZoneSameInstant(BEIJING)
                .format(DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm"));
        assertTrue(report.contains("拍摄时间：" + shown), "capture time in Beijing time, Chinese style: " + shown);
        assertTrue(report.contains("出具日期</dt><dd>" + chineseDay(LocalDate.parse(api.getString("issueDate")))));
        for (String path : List.of("/reports/" + world.reportId, "/agencies/" + world.agencyId, "/sanctions",
                "/verify?number=" + world.reportNumber)) {
            String html = given().get(path).then().statusCode(200).extract().asString();
            assertFalse(ISO_DAY.matcher(html).find(), path + " shows a raw ISO date");
        }
    }

    @Test
    void wrongTypedQueryParametersAre400ProblemsNamingTheParameter() {
        for (String[] bad : List.of(new String[]{"size", "abc"}, new String[]{"page", "x1"}, new String[]{"page", "-1"})) {
            JsonPath problem = given().queryParam(bad[0], bad[1]).get("/api/public/agencies").then().statusCode(400)
                    .contentType("application/problem+json").extract().jsonPath();
            assertEquals(bad[0], problem.getString("errors[0].field"), String.join("=", bad));
        }
        given().queryParam("size", "abc").get("/api/public/sanctions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void tooLargeRequestsAnswerProblems() throws Exception {
        var uri = given().get("/api/public/agencies?q=" + "a".repeat(5000));
        assertEquals(414, uri.statusCode());
        assertEquals("application/problem+json", uri.contentType());
        assertEquals(414, uri.jsonPath().getInt("status"));
        var headers = given().header("X-Filler", "b".repeat(21_000)).get("/api/public/ping");
        assertEquals(431, headers.statusCode());
        assertEquals("application/problem+json", headers.contentType());
        // A body over quarkus.http.limits.max-body-size (10 MiB by default): the answer comes before the body is
        // read, so the request is sent by hand (a client that keeps writing would see the connection close).
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("PUT /api/agency/price-list HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (20L * 1024 * 1024) + "\r\n\r\n{")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("urn:safetysupervision:problem:payload-too-large"), answer);
        }
    }

    private static Map<String, Object> sanction(JsonPath agency, UUID id) {
        List<Map<String, Object>> all = agency.getList("sanctions");
        return all.stream().filter(s -> id.toString().equals(s.get("id"))).findFirst().orElseThrow();
    }

    static String chineseDay(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("uuuu年M月d日"));
    }
}
