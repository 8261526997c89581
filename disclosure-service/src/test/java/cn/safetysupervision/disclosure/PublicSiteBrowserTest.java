package cn.safetysupervision.disclosure;

import cn.safetysupervision.browserkit.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public site in headless Chromium, without any script of ours: search an agency by name, open its page (a
 * verified certificate, the declared one 待核验, prices, a penalty), open a published report with its site images.
 * No serious or critical axe-core violation on any page; a screenshot of each under target/screenshots/.
 */
@QuarkusTest
class PublicSiteBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void searchAnAgencyOpenItsPageAndAPublishedReport() {
        World w = Worlds.published();
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open(base.toString());
            driver.findElement(By.id("q")).sendKeys(w.agencyName);
            driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
            browser.waitFor(By.linkText(w.agencyName), java.time.Duration.ofSeconds(10));
            browser.screenshot("disclosure-home-search");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "home");

            driver.findElement(By.linkText(w.agencyName)).click();
            browser.waitFor(By.tagName("h1"), java.time.Duration.ofSeconds(10));
            String agency = browser.text();
            assertTrue(agency.contains(w.grantedNumber) && agency.contains("有效"), agency);
            assertTrue(agency.contains(w.declaredNumber) && agency.contains("待核验"), agency);
            assertTrue(agency.contains("按项目投资额分档计费"), agency);
            assertTrue(agency.contains(w.penaltyNumber), agency);
            assertTrue(agency.contains("0539-12345") && agency.contains("0539-8391308"), agency);
            browser.screenshot("disclosure-agency");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "agency page");

            driver.findElement(By.linkText(w.reportNumber)).click();
            browser.waitFor(By.id("images"), java.time.Duration.ofSeconds(10));
            String report = browser.text();
            assertTrue(report.contains(w.clientName) && report.contains("按时公开"), report);
            assertEquals(2, driver.findElements(By.cssSelector("ul.images figure")).size());
            assertTrue(report.contains(w.imageSha256), report);
            browser.screenshot("disclosure-report");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "report page");

            browser.open(base + "sanctions");
            assertTrue(browser.text().contains(w.penaltyNumber));
            browser.screenshot("disclosure-sanctions");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "sanctions page");
        }
    }
}
