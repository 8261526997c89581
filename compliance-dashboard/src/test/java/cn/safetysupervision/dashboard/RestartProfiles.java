package cn.safetysupervision.dashboard;

import cn.safetysupervision.testkit.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * Two lives of the service on one database. Each gets its own Kafka broker (the resource stops the broker with the
 * application), so what the second life shows can only come from its database. Quarkus orders test classes by
 * profile name: FirstLife runs before SecondLife.
 */
public final class RestartProfiles {

    private RestartProfiles() {
    }

    public static class FirstLife implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartDatabase.class, Map.of("drop", "false")),
                    new TestResourceEntry(KafkaBrokerResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    public static class SecondLife implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartDatabase.class, Map.of("drop", "true")),
                    new TestResourceEntry(KafkaBrokerResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}
