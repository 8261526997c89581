package cn.safetysupervision.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own OS process. */
final class ServiceProcess implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Path LOGS = ROOT.resolve("system-tests/target/system-test-logs");

    private final String name;
    private final int port = Ports.free();
    private final Map<String, String> environment = new HashMap<>();
    private Process process;
    private int starts;
    private Path log;

    ServiceProcess(String name, String databaseUrl, String kafkaBootstrap) {
        this.name = name;
        environment.put("HTTP_PORT", Integer.toString(port));
        environment.put("DB_URL", databaseUrl);
        environment.put("DB_USER", cn.safetysupervision.testkit.PostgresDatabaseResource.user());
        environment.put("DB_PASSWORD", cn.safetysupervision.testkit.PostgresDatabaseResource.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        environment.put("JWT_PUBLIC_KEY_LOCATION",
                ROOT.resolve("platform/test-kit/src/main/resources/dev-jwt/public-key.pem").toString());
        environment.put("ALLOW_DEVELOPMENT_KEYS", "true");  // the committed keys; a deployment may not (DevelopmentKeyGuard)
    }

    /** A second process of the same service on the same database and broker (another replica), not started. */
    ServiceProcess replica() {
        ServiceProcess replica = new ServiceProcess(name, environment.get("DB_URL"), environment.get("KAFKA_BOOTSTRAP_SERVERS"));
        environment.forEach((k, v) -> {
            if (!k.equals("HTTP_PORT")) {
                replica.environment.put(k, v);
            }
        });
        return replica;
    }

    ServiceProcess with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** The JDBC URL of the service's database, for tests that look at what it stored. */
    String databaseUrl() {
        return environment.get("DB_URL");
    }

    /** The output (stdout and stderr) of the latest start, for tests that read what the service logged. */
    Path log() {
        return log;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    ServiceProcess start() {
        Path jar = ROOT.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        try {
            Files.createDirectories(LOGS);
            log = LOGS.resolve(name + "-" + port + "-" + (++starts) + ".log");
            // C1 only: these processes live for seconds, and C2's compiler threads slow their start on two cores.
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-XX:TieredStopAtLevel=1", "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
            awaitReady(log);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: the process dies wherever it is, as in a crash. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    /** SIGTERM: a graceful shutdown. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the HTTP server; readiness may stay DOWN while Kafka is away, which some tests want. */
    private void awaitReady(Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/live")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(name + " did not start within 90 s; see " + log);
    }
}
