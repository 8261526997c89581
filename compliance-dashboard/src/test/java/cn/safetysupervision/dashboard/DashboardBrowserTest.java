package cn.safetysupervision.dashboard;

import cn.safetysupervision.browserkit.Browser;
import cn.safetysupervision.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in headless Chromium at 1366×768: sign in, overview, a finding appearing live, a dropped and resumed
 * connection, counts equal to the API's, axe-core clean. Screenshots in target/screenshots/; the time from publishing
 * to seeing the finding is measured and written to target/browser-timings.txt (measured, not asserted: this is a
 * shared 2-core machine; the bench measures latency).
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final Logger LOG = Logger.getLogger(DashboardBrowserTest.class);
    private static final Duration WAIT = Duration.ofSeconds(40);

    @TestHTTPResource("/")
    URL base;

    @Test
    void aSupervisorWatchesFindingsArriveLiveWithoutGapsOrDoubles() throws Exception {
        UUID agencyId = Events.registerAgency("临沭浏览器测试机构", "山东省临沂市临沭县临沭街道浏览器路1号");
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId)
                .when().get("/api/feed").then().body("size()", org.hamcrest.Matchers.is(1)));
        String root = "http://127.0.0.1:" + base.getPort();

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;

            browser.open(root + "/");
            browser.screenshot("dashboard-signin");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "sign-in page");

            // An agency's token is refused on the sign-in page itself.
            driver.findElement(By.id("token")).sendKeys(Tokens.agency(agencyId));
            driver.findElement(By.cssSelector("#signin-form button")).click();
            new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("signin-message")).getText().contains("无权"));

            driver.findElement(By.id("token")).clear();
            driver.findElement(By.id("token")).sendKeys(Tokens.regulator());
            driver.findElement(By.cssSelector("#signin-form button")).click();
            new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/overview"));
            browser.waitFor(By.cssSelector("[data-count=suspected]"), WAIT);
            new WebDriverWait(driver, WAIT).until(d -> "实时连接中".equals(d.findElement(By.id("stream-status")).getText()));
            browser.waitFor(By.cssSelector("#live-list li[data-seq]"), WAIT);

            // A violation is published → the finding appears on screen.
            long published = System.nanoTime();
            UUID findingA = Events.flag(agencyId, "ART14-2", List.of());
            browser.waitFor(By.cssSelector("#live-list li[data-finding='" + findingA + "']"), WAIT);
            long seenMillis = (System.nanoTime() - published) / 1_000_000;
            LOG.infof("finding visible in the browser %d ms after it was published to Kafka", seenMillis);

            // The counts on screen equal the API's once the overview has re-rendered. Read in one script: the
            // overview is re-rendered as events arrive, so an element looked up earlier may be gone.
            await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
                Map<String, Object> api = given().auth().oauth2(Tokens.regulator()).when().get("/api/overview").then()
                        .statusCode(200).extract().jsonPath().getMap("headline");
                Map<?, ?> screen = (Map<?, ?>) js.executeScript("const o = {}; document.querySelectorAll('[data-count]')"
                        + ".forEach(e => o[e.dataset.count] = e.textContent.trim()); return o;");
                for (String key : List.of("suspected", "confirmed", "openWork", "agencies", "orangeOrRed")) {
                    assertEquals(String.valueOf(api.get(key)), screen.get(key), key);
                }
                List<String> apiRow = given().auth().oauth2(Tokens.regulator()).when().get("/api/tables/by-rule").then()
                        .extract().jsonPath().getList("rows.find { it[0] == 'ART14-2' }");
                List<?> screenRow = (List<?>) js.executeScript("const tr = [...document.querySelectorAll("
                        + "\"table[data-table='by-rule'] tbody tr\")].find(r => r.cells[0].textContent.trim() === 'ART14-2');"
                        + " return tr ? [...tr.cells].map(c => c.textContent.trim()) : null;");
                assertEquals(apiRow, screenRow, "the by-rule row on screen is the API's");
            });
            browser.screenshot("dashboard-overview");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "overview");

            // The connection drops; another finding is published meanwhile; on reconnect it appears exactly once.
            js.executeScript("window.dashboardStream.disconnect()");
            new WebDriverWait(driver, WAIT).until(d -> "已断开".equals(d.findElement(By.id("stream-status")).getText()));
            UUID findingB = Events.flag(agencyId, "ART14-7", List.of());
            await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.regulator()).queryParam("agency", agencyId)
                    .when().get("/api/feed").then().body("findingId", hasItem(findingB.toString())));
            assertEquals(0, driver.findElements(By.cssSelector("#live-list li[data-finding='" + findingB + "']")).size());
            js.executeScript("window.dashboardStream.connect()");
            browser.waitFor(By.cssSelector("#live-list li[data-finding='" + findingB + "']"), WAIT);
            Thread.sleep(2000); // anything doubled would have arrived by now
            assertEquals(1, driver.findElements(By.cssSelector("#live-list li[data-finding='" + findingB + "']")).size());
            assertEquals(1, driver.findElements(By.cssSelector("#live-list li[data-finding='" + findingA + "']")).size());
            List<?> seqs = (List<?>) js.executeScript(
                    "return Array.from(document.querySelectorAll('#live-list li[data-seq]')).map(li => li.dataset.seq)");
            assertEquals(seqs.stream().distinct().count(), seqs.size(), "no item twice in the live panel");

            // Drill down: finding → evidence → raw event.
            driver.findElement(By.cssSelector("#live-list li[data-finding='" + findingA + "'] a")).click();
            browser.waitFor(By.cssSelector("[data-finding-status]"), WAIT);
            assertEquals("SUSPECTED", driver.findElement(By.cssSelector("[data-finding-status]")).getAttribute("data-finding-status"));
            assertEquals("compliance.finding", driver.findElement(By.cssSelector("[data-raw=topic]")).getText());
            assertTrue(driver.findElement(By.cssSelector("[data-raw=payload]")).getText().contains(findingA.toString()));
            browser.screenshot("dashboard-finding");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "finding page");

            for (String page : List.of("queues", "feed", "draws")) {
                browser.open(root + "/" + page);
                browser.waitFor(By.cssSelector("#content h1"), WAIT);
                new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("content")).getAttribute("data-loaded") != null);
                browser.screenshot("dashboard-" + page);
                assertEquals(List.of(), browser.seriousAccessibilityViolations(), page);
            }
            assertEquals(Boolean.TRUE, js.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 1366×768");
            Files.writeString(Path.of("target/browser-timings.txt"),
                    "published to Kafka → finding visible in Chromium: " + seenMillis + " ms\n");
        }

        // A wall display (1920×1080): the live panel stands beside the overview, nothing scrolls sideways.
        try (Browser wall = Browser.start(1920, 1080)) {
            WebDriver driver = wall.driver();
            wall.open(root + "/");
            driver.findElement(By.id("token")).sendKeys(Tokens.association());
            driver.findElement(By.cssSelector("#signin-form button")).click();
            wall.waitFor(By.cssSelector("[data-count=suspected]"), WAIT);
            wall.waitFor(By.cssSelector("#live-list li[data-seq]"), WAIT);
            assertTrue(driver.findElement(By.id("live")).getRect().getX()
                    > driver.findElement(By.id("content")).getRect().getX(), "live panel beside the content");
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
            wall.screenshot("dashboard-wall-1920");
            assertEquals(List.of(), wall.seriousAccessibilityViolations(), "overview on a wall display");
        }
    }
}
