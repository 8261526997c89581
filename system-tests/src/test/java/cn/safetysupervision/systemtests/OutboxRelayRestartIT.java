package cn.safetysupervision.systemtests;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The state change commits, the process dies before its relay publishes, and the event still goes out — once —
 * when the service comes back.
 */
class OutboxRelayRestartIT {

    @Test
    void anEventCommittedBeforeACrashIsPublishedOnceAfterRestart() {
        try (Suite suite = new Suite()) {
            ServiceProcess registry = suite.service("agency-registry").with("OUTBOX_RELAY_ENABLED", "false").start();
            String agencyId = Suite.registerAgency(registry, "临沂恒安安全咨询有限公司");
            String topic = RegistryEvents.AGENCY_TOPIC.name();
            EventProbe probe = new EventProbe(suite.kafka.bootstrapServers());

            List<ReceivedEvent> beforeRestart = probe.readAll(topic, Duration.ofSeconds(3)).stream()
                    .filter(e -> agencyId.equals(e.subject())).toList();
            assertEquals(List.of(), beforeRestart, "the relay was off: nothing may be published yet");

            registry.kill();
            registry.with("OUTBOX_RELAY_ENABLED", "true").start();

            List<ReceivedEvent> published = probe.awaitEvents(topic, e -> agencyId.equals(e.subject()), 1,
                    Duration.ofSeconds(60));
            assertEquals(1, published.size(), "published exactly once: " + published);
            assertEquals(RegistryEvents.AGENCY_REGISTERED_V1.type(), published.get(0).type());
            assertTrue(probe.readAll(topic, Duration.ofSeconds(2)).stream()
                    .filter(e -> agencyId.equals(e.subject())).count() == 1, "no duplicate after settling");
        }
    }
}
