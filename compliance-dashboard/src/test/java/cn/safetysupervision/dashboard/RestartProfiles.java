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

    /** A life on the shared database; the second one drops it when it ends. */
    abstract static class Life implements QuarkusTestProfile {
        private final boolean dropDatabase;

        Life(boolean dropDatabase) {
            this.dropDatabase = dropDatabase;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartDatabase.class, Map.of("drop", String.valueOf(dropDatabase))),
                    new TestResourceEntry(KafkaBrokerResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    public static class FirstLife extends Life {
        public FirstLife() {
            super(false);
        }
    }

    public static class SecondLife extends Life {
        public SecondLife() {
            super(true);
        }
    }
}
