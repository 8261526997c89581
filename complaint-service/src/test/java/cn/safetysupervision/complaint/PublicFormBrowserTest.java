package cn.safetysupervision.complaint;

import cn.safetysupervision.browserkit.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public form in headless Chromium: submit anonymously with an image, note the code, follow the case. */
@QuarkusTest
class PublicFormBrowserTest {

    @TestHTTPResource("/")
    URL page;

    @Test
    void anonymousReporterSubmitsWithAnImageAndFollowsTheCaseWithTheCode() throws Exception {
        TestWorld.Agency agency = TestWorld.agency("临沂浏览器测试安全评价有限公司");
        Path image = Path.of("target/upload-test.png").toAbsolutePath();
        Files.write(image, AttachmentTest.PNG);
        try (Browser browser = Browser.start()) {
            browser.open(page.toString());
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            List<String> problems = browser.seriousAccessibilityViolations();
            assertEquals(List.of(), problems, "axe-core: no serious or critical violations on the empty form");
            driver.findElement(By.id("agency-query")).sendKeys("浏览器测试");
            wait.until(d -> new Select(d.findElement(By.id("agency-id"))).getOptions().size() > 1);
            new Select(driver.findElement(By.id("category"))).selectByValue("ART14_7");
            driver.findElement(By.id("description")).sendKeys("评价人员未到现场，报告中的现场照片来自其他项目。");
            driver.findElement(By.id("file")).sendKeys(image.toString());
            browser.screenshot("complaint-form-filled");
            driver.findElement(By.id("submit")).click();
            String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code"))).getText();
            assertTrue(code.matches("[0-9]{16}"), "the code is shown: " + code);
            assertTrue(driver.findElement(By.id("receipt")).getText().contains("材料已上传"), "the image was uploaded");
            browser.screenshot("complaint-receipt");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the receipt");

            driver.findElement(By.id("code")).sendKeys(code);
            driver.findElement(By.id("follow")).click();
            String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-status"))).getText();
            assertTrue(status.contains("待审查"), status);
            assertTrue(driver.findElement(By.id("case")).getText().contains("已提交材料：1 份"));
            browser.screenshot("complaint-follow-up");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core on the follow-up");
        }
    }
}
