package cn.safetysupervision.dashboard;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A plain SSE client over java.net.http, as a browser's EventSource would read the stream. */
final class SseClient implements AutoCloseable {

    record Event(String name, String id, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final int status;

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        Thread reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient connect(int port, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        return new SseClient(response);
    }

    int status() {
        return status;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() || id != null) {
                        events.add(new Event(name, id, data.toString()));
                    }
                    name = "message";
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                }
            }
        } catch (Exception closed) {
            // the test closed the connection
        }
    }

    /** The next event, waiting at most the timeout. */
    Event next(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no SSE event within " + timeout);
        }
        return event;
    }

    /** Everything received until the predicate matched (inclusive), waiting at most the timeout. */
    List<Event> until(Predicate<Event> match, Duration timeout) throws InterruptedException {
        List<Event> seen = new ArrayList<>();
        if (!collect(seen, match, timeout)) {
            throw new AssertionError("no matching SSE event within " + timeout + "; got " + seen);
        }
        return seen;
    }

    /** What arrives within the period. */
    List<Event> drain(Duration period) throws InterruptedException {
        List<Event> seen = new ArrayList<>();
        collect(seen, event -> false, period);
        return seen;
    }

    /** Adds what arrives to {@code seen} until an event matches or the time is up; true when one matched. */
    private boolean collect(List<Event> seen, Predicate<Event> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = events.poll(50, TimeUnit.MILLISECONDS);
            if (event != null) {
                seen.add(event);
                if (match.test(event)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        body.close();
    }
}
