package cn.safetysupervision.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test run, on the real server, dropped afterwards. The server and the
 * role (which needs CREATEDB) come from {@code TEST_PG_URL}, {@code TEST_PG_USER}, {@code TEST_PG_PASSWORD};
 * {@code ./suite test} creates that role.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String databaseName;

    public static String serverUrl() {
        return env("TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    public static String user() {
        return env("TEST_PG_USER", "supervision_test");
    }

    public static String password() {
        return env("TEST_PG_PASSWORD", "supervision_test");
    }

    /** Creates an empty database and answers its JDBC URL. */
    public static String createDatabase(String name) {
        execute("create database " + name);
        return serverUrl().substring(0, serverUrl().lastIndexOf('/') + 1) + name;
    }

    public static void dropDatabase(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    @Override
    public Map<String, String> start() {
        databaseName = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = createDatabase(databaseName);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        if (databaseName != null) {
            dropDatabase(databaseName);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl() + " as " + user()
                    + " failed (" + e.getMessage() + "). Run the tests with ./suite test, which prepares the server"
                    + " and the role, or set TEST_PG_URL/TEST_PG_USER/TEST_PG_PASSWORD.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
