package cn.safetysupervision.dashboard;

import cn.safetysupervision.testkit.PostgresDatabaseResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/**
 * One database kept across two application starts (the restart tests): the first start creates it, the second
 * finds it by a JVM system property and drops it when it stops.
 */
public class RestartDatabase implements QuarkusTestResourceLifecycleManager {

    static final String PROPERTY = "restarttest.database";

    private boolean drop;
    private String name;

    @Override
    public void init(Map<String, String> args) {
        drop = Boolean.parseBoolean(args.getOrDefault("drop", "false"));
    }

    @Override
    public Map<String, String> start() {
        name = System.getProperty(PROPERTY);
        String url;
        if (name == null) {
            name = "test_restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            url = PostgresDatabaseResource.createDatabase(name);
            System.setProperty(PROPERTY, name);
        } else {
            String server = PostgresDatabaseResource.serverUrl();
            url = server.substring(0, server.lastIndexOf('/') + 1) + name;
        }
        return Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username", PostgresDatabaseResource.user(),
                "quarkus.datasource.password", PostgresDatabaseResource.password());
    }

    @Override
    public void stop() {
        if (drop && name != null) {
            PostgresDatabaseResource.dropDatabase(name);
            System.clearProperty(PROPERTY);
        }
    }
}
