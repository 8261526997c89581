package cn.safetysupervision.browserkit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit against pages of its own: what a clean page and a broken one look like to axe-core. */
class BrowserTest {

    private static final String CLEAN = """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>机构公示</title></head>
            <body><main><h1>临沂安信安全评价有限公司</h1><p id="status">资质有效</p>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="现场照片"></main></body></html>
            """;
    private static final String BROKEN = """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>缺少替代文本</title></head>
            <body><main><h1>现场照片</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>
            """;

    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/clean", exchange -> respond(exchange, CLEAN));
        server.createContext("/broken", exchange -> respond(exchange, BROKEN));
        server.start();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aCleanPageHasNoSeriousViolationsAndItsChineseTextIsRead() throws IOException {
        try (Browser browser = Browser.start()) {
            browser.open(url("/clean"));
            assertEquals("资质有效", browser.waitFor(By.id("status"), Duration.ofSeconds(5)).getText());
            assertTrue(browser.text().contains("临沂安信安全评价有限公司"));
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            Path shot = browser.screenshot("browser-kit-clean");
            byte[] png = Files.readAllBytes(shot);
            assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG was written");
        }
    }

    @Test
    void anImageWithoutAlternativeTextIsReported() {
        try (Browser browser = Browser.start()) {
            browser.open(url("/broken"));
            List<String> violations = browser.seriousAccessibilityViolations();
            assertEquals(1, violations.size(), violations.toString());
            assertTrue(violations.get(0).startsWith("image-alt (critical)"), violations.get(0));
        }
    }
}
