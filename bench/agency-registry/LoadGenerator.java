import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load against agency-registry on 127.0.0.1 (run with `java LoadGenerator.java`, JDK 17).
 * Phases: POST agencies (throughput), then GET by id and search under load (latency p50/p99).
 * Args: baseUrl token threads seconds
 */
public class LoadGenerator {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static String creditCode() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("91371300");
        for (int i = 0; i < 9; i++) {
            code.append(CHARSET.charAt(r.nextInt(CHARSET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
    }

    interface Call {
        HttpRequest next();
    }

    record Result(long ok, long failed, double seconds, List<Long> latenciesMicros, List<String> createdIds) {
    }

    static Result run(HttpClient client, int threads, int seconds, Call call, boolean collectIds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(call.next(), HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (response.statusCode() / 100 == 2) {
                            ok.incrementAndGet();
                            latencies.add(micros);
                            if (collectIds) {
                                String body = response.body();
                                int i = body.indexOf("\"id\":\"");
                                if (i >= 0) {
                                    ids.add(body.substring(i + 6, i + 42));
                                }
                            }
                        } else {
                            if (failed.incrementAndGet() <= 3) {
                                System.err.println("HTTP " + response.statusCode() + ": " + response.body());
                            }
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(ok.get(), failed.get(), elapsed, sorted, new ArrayList<>(ids));
    }

    static String pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return "n/a";
        }
        long micros = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        return String.format("%.2f ms", micros / 1000.0);
    }

    static void report(String name, Result r) {
        System.out.printf("%-34s %8.1f req/s  ok=%d failed=%d  p50=%s p99=%s%n", name, r.ok() / r.seconds(), r.ok(),
                r.failed(), pct(r.latenciesMicros(), 0.50), pct(r.latenciesMicros(), 0.99));
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        // warm-up (not reported)
        run(client, threads, Math.max(3, seconds / 4), () -> post(base, token), false);

        Result posts = run(client, threads, seconds, () -> post(base, token), true);
        report("POST /api/v1/agencies", posts);
        List<String> ids = posts.createdIds();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no agency was created; is the token right?");
        }
        Result gets = run(client, threads, seconds, () -> HttpRequest.newBuilder(
                URI.create(base + "/api/v1/agencies/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))))
                .header("Authorization", "Bearer " + token).GET().build(), false);
        report("GET /api/v1/agencies/{id}", gets);
        Result search = run(client, threads, seconds, () -> HttpRequest.newBuilder(
                URI.create(base + "/api/v1/agencies?status=ACTIVE&size=20&name=" + java.net.URLEncoder.encode(
                        "压测" + ThreadLocalRandom.current().nextInt(100), java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).GET().build(), false);
        report("GET /api/v1/agencies?name=&status=", search);
        System.out.printf("RESULT post_rps=%.1f%n", posts.ok() / posts.seconds());
    }

    static HttpRequest post(String base, String token) {
        String code = creditCode();
        String body = "{\"creditCode\":\"" + code + "\",\"name\":\"压测" + ThreadLocalRandom.current().nextInt(1000)
                + "安全评价有限公司" + code + "\",\"legalRepresentative\":\"王建国\",\"registeredAddress\":\"山东省临沂市兰山区北京路 8 号\"}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
