import cn.safetysupervision.browserkit.Browser;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.compliance.ViolationFlaggedV1;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * compliance-dashboard bench, against the local stack (./suite up):
 *   phase 0 — no dashboard connected: real ViolationFlaggedV1 events (CloudEvents in binary mode, key = finding id,
 *             as the catalog says) on compliance.finding at RATE/s for SECONDS; the service's CPU time from /proc;
 *   phase N — the same with N dashboards connected: N-1 SSE clients reading /api/stream as the page does (fetch with
 *             the bearer token) and one real headless Chromium on /overview, whose MutationObserver notes when each
 *             item's li (data-event-id = ce_id) enters the live list. Latency = (received or appeared, wall clock of
 *             this machine) − (just before producer.send); only items a client actually received count.
 * CPU per connected dashboard = (CPU seconds in phase N − in phase 0) / N, as a share of one core over the phase.
 * Args: dashboardBaseUri bootstrap token dashboardPid rate seconds clients warmupSeconds clockTicksPerSecond
 */
public class DashboardBench {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final Pattern CE_ID = Pattern.compile("\"ceId\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String bootstrap = args[1];
        String token = args[2];
        long pid = Long.parseLong(args[3]);
        int rate = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int clients = Integer.parseInt(args[6]);
        int warmup = Integer.parseInt(args[7]);
        long ticks = Long.parseLong(args[8]);
        List<UUID> agencies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            agencies.add(UUID.randomUUID());
        }

        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            Publisher publisher = new Publisher(producer, agencies);
            // Warm-up (JIT, connection pools), not measured.
            publisher.atRate(rate, warmup);
            Thread.sleep(2000);

            double cpu0 = cpuSeconds(pid, ticks);
            long t0 = System.nanoTime();
            publisher.atRate(rate, seconds);
            Thread.sleep(1000);
            double idleCpu = cpuSeconds(pid, ticks) - cpu0;
            double idleWall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("phase 0 clients: %d events at %d/s for %ds; service CPU %.2f s over %.1f s = %.1f %% of a core%n",
                    publisher.sentInLastRun(), rate, seconds, idleCpu, idleWall, 100 * idleCpu / idleWall);

            List<SseReader> readers = new ArrayList<>();
            for (int i = 0; i < clients - 1; i++) {
                readers.add(SseReader.open(base, token));
            }
            try (Browser browser = Browser.start()) {
                JavascriptExecutor page = signIn(browser, base, token);
                Thread.sleep(2000);
                readers.forEach(SseReader::clear);
                page.executeScript("window.appeared = {};");

                double cpu1 = cpuSeconds(pid, ticks);
                long t1 = System.nanoTime();
                Map<String, Long> sent = publisher.atRate(rate, seconds);
                Map<String, Long> appeared = new ConcurrentHashMap<>();
                // Let the last items arrive, collecting what the page saw meanwhile.
                for (int i = 0; i < 5; i++) {
                    Thread.sleep(1000);
                    collect(page, appeared);
                }
                double busyCpu = cpuSeconds(pid, ticks) - cpu1;
                double busyWall = (System.nanoTime() - t1) / 1e9;

                List<Long> sse = new ArrayList<>();
                long sseReceived = 0;
                for (SseReader reader : readers) {
                    for (Map.Entry<String, Long> e : reader.received.entrySet()) {
                        Long at = sent.get(e.getKey());
                        if (at != null) {
                            sse.add(e.getValue() - at);
                            sseReceived++;
                        }
                    }
                }
                List<Long> chromium = new ArrayList<>();
                appeared.forEach((id, at) -> {
                    Long s = sent.get(id);
                    if (s != null) {
                        chromium.add(at - s);
                    }
                });
                Collections.sort(sse);
                Collections.sort(chromium);
                System.out.printf("phase %d clients (%d SSE + 1 Chromium): %d events at %d/s for %ds%n",
                        clients, readers.size(), sent.size(), rate, seconds);
                System.out.printf("  Chromium (item in the DOM of /overview): %d of %d seen, p50 %d ms, p99 %d ms, max %d ms (goal p99 <= 1000 ms)%n",
                        chromium.size(), sent.size(), pct(chromium, 50), pct(chromium, 99), max(chromium));
                System.out.printf("  SSE clients (feed event parsed): %d of %d received, p50 %d ms, p99 %d ms, max %d ms%n",
                        sseReceived, (long) sent.size() * readers.size(), pct(sse, 50), pct(sse, 99), max(sse));
                System.out.printf("  service CPU %.2f s over %.1f s = %.1f %% of a core%n", busyCpu, busyWall,
                        100 * busyCpu / busyWall);
                double perClient = (busyCpu / busyWall - idleCpu / idleWall) / clients;
                System.out.printf("CPU per connected dashboard: %.2f %% of a core (= (%.1f %% - %.1f %%) / %d)%n",
                        100 * perClient, 100 * busyCpu / busyWall, 100 * idleCpu / idleWall, clients);
                browser.screenshot("dashboard-bench-overview");
            } finally {
                readers.forEach(SseReader::close);
            }
        }
    }

    static JavascriptExecutor signIn(Browser browser, String base, String token) {
        WebDriver driver = browser.driver();
        Duration wait = Duration.ofSeconds(60);
        browser.open(base + "/");
        driver.findElement(By.id("token")).sendKeys(token);
        driver.findElement(By.cssSelector("#signin-form button")).click();
        new WebDriverWait(driver, wait).until(d -> d.getCurrentUrl().endsWith("/overview"));
        new WebDriverWait(driver, wait).until(d -> "实时连接中".equals(d.findElement(By.id("stream-status")).getText()));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.appeared = {}; new MutationObserver(ms => { const now = Date.now(); ms.forEach(m =>"
                + " m.addedNodes.forEach(n => { if (n.dataset && n.dataset.eventId && !(n.dataset.eventId in window.appeared))"
                + " window.appeared[n.dataset.eventId] = now; })); }).observe(document.getElementById('live-list'),"
                + " {childList: true});");
        return js;
    }

    /** Moves what the page noted into {@code into} (the page keeps only 200 items, so it is read every second). */
    @SuppressWarnings("unchecked")
    static void collect(JavascriptExecutor page, Map<String, Long> into) {
        Map<String, Object> seen = (Map<String, Object>) page.executeScript(
                "const a = window.appeared; window.appeared = {}; return a;");
        seen.forEach((id, at) -> into.putIfAbsent(id, ((Number) at).longValue()));
    }

    static double cpuSeconds(long pid, long ticks) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after the command name
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) ticks;
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static long max(List<Long> sorted) {
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1);
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("linger.ms", "0");
        return new KafkaProducer<>(p);
    }

    /** Real contract events: a suspected finding of one of the bench's agencies, as compliance-service publishes it. */
    static final class Publisher {
        private final KafkaProducer<String, String> producer;
        private final List<UUID> agencies;
        private long n;
        private int lastRun;

        Publisher(KafkaProducer<String, String> producer, List<UUID> agencies) {
            this.producer = producer;
            this.agencies = agencies;
        }

        /** ce_id → wall-clock millis just before it was handed to the producer. */
        Map<String, Long> atRate(int rate, int seconds) throws Exception {
            Map<String, Long> sent = new ConcurrentHashMap<>();
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            int total = rate * seconds;
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                send(sent);
            }
            producer.flush();
            lastRun = total;
            return sent;
        }

        int sentInLastRun() {
            return lastRun;
        }

        private void send(Map<String, Long> sent) throws Exception {
            UUID findingId = UUID.randomUUID();
            UUID agencyId = agencies.get((int) (n++ % agencies.size()));
            UUID contractId = UUID.randomUUID();
            Instant now = Instant.now();
            ViolationFlaggedV1 payload = new ViolationFlaggedV1(findingId, agencyId, "CONTRACT", contractId, "ART15-1", 1,
                    "第十五条", "MAJOR", "未附项目人员配备表（附件3）", "AUTOMATIC", List.of(UUID.randomUUID().toString()),
                    Map.of("contractNumber", "BENCH-" + n), "compliance-service", now, "SUSPECTED", LocalDate.now().plusDays(14));
            String id = UUID.randomUUID().toString();
            ProducerRecord<String, String> record = new ProducerRecord<>(ComplianceEvents.FINDING_TOPIC.name(),
                    findingId.toString(), JSON.writeValueAsString(payload));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", id);
            header(record, "ce_type", ComplianceEvents.VIOLATION_FLAGGED_V1.type());
            header(record, "ce_source", "/bench/compliance-dashboard");
            header(record, "ce_subject", findingId.toString());
            header(record, "ce_time", OffsetDateTime.now().toString());
            header(record, "content-type", "application/json");
            sent.put(id, System.currentTimeMillis());
            producer.send(record);
        }

        private static void header(ProducerRecord<String, String> record, String name, String value) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** One dashboard's stream as the page reads it: GET /api/stream with the bearer token, SSE parsed line by line. */
    static final class SseReader {
        final Map<String, Long> received = new ConcurrentHashMap<>();
        private final InputStream body;

        private SseReader(InputStream body) {
            this.body = body;
            Thread t = new Thread(this::read, "sse");
            t.setDaemon(true);
            t.start();
        }

        static SseReader open(String base, String token) throws Exception {
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("stream answered " + r.statusCode());
            }
            return new SseReader(r.body());
        }

        void clear() {
            received.clear();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String event = "message";
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event.equals("feed")) {
                        long now = System.currentTimeMillis();
                        Matcher m = CE_ID.matcher(line);
                        if (m.find()) {
                            received.putIfAbsent(m.group(1), now);
                        }
                    } else if (line.isEmpty()) {
                        event = "message";
                    }
                }
            } catch (Exception closed) {
                // closed at the end
            }
        }

        void close() {
            try {
                body.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }
    }
}
