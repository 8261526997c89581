package cn.safetysupervision.browserkit;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The machine's own headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven through
 * Selenium, for tests that look at pages as a person would. Nothing here downloads a browser: the binaries are
 * given by path, so Selenium Manager never runs.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.open(url);
 *     browser.screenshot("home");                          // target/screenshots/home.png
 *     assertEquals(List.of(), browser.seriousAccessibilityViolations());
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    /** Where Debian puts them; {@code -Dbrowser.chromium=…} and {@code -Dbrowser.chromedriver=…} override. */
    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");

    /** A laptop screen of the kind the association's clerks use (the dashboard's stated minimum). */
    public static final int DEFAULT_WIDTH = 1366;
    public static final int DEFAULT_HEIGHT = 768;

    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A headless browser window of 1366×768 with Chinese as its language. */
    public static Browser start() {
        return start(DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * A headless browser window of the given size. The test is skipped (not failed) only when Chromium is not
     * installed — {@code ./suite test} installs it, so in CI it always runs.
     */
    public static Browser start(int width, int height) {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "Chromium is not installed (apt-get install chromium chromium-driver fonts-noto-cjk)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=zh-CN", "--no-first-run",
                "--disable-extensions", "--disable-background-networking");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(PAGE_LOAD);
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the address and waits until the document has loaded. */
    public Browser open(String url) {
        driver.get(url);
        new WebDriverWait(driver, PAGE_LOAD).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Waits until an element is visible and returns it. */
    public WebElement waitFor(By locator, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The page's visible text. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * A PNG of the whole page (not only the window), at {@code target/screenshots/<name>.png}, for people to look
     * at after a run.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, fullPageScreenshot());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] fullPageScreenshot() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(((Number) size.get("height")).doubleValue(), 16_000);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            // The DevTools protocol is a convenience; the window's own screenshot always works.
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    /**
     * Runs axe-core (pinned, from npm) on the open page and lists its violations of impact {@code serious} or
     * {@code critical}, one line each: rule id, impact, help text and the first offending elements. Empty means
     * clean.
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        driver.executeScript(AxeSource.TEXT);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                        + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe-core failed: ' + e]));
                """);
        return (List<String>) result;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** axe-core's script, read once from this jar (the build copies it from node_modules). */
    private static final class AxeSource {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = Browser.class.getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is missing from browser-kit: build it with Maven (npm ci)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
