package cn.safetysupervision.systemtests;

import cn.safetysupervision.events.registry.RegistryEvents;
import cn.safetysupervision.testkit.EventProbe;
import cn.safetysupervision.testkit.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two replicas of one service on one database: both relay the shared outbox, yet every event goes out once. */
class TwoReplicasIT {

    private static final int PER_REPLICA = 15;

    @Test
    void twoRelaysOnOneOutboxPublishEachEventOnce() {
        try (Suite suite = new Suite()) {
            ServiceProcess first = suite.service("agency-registry").start();
            ServiceProcess second = suite.replicaOf(first).start();

            CompletableFuture<List<String>> viaFirst = CompletableFuture.supplyAsync(() -> register(first, "甲"));
            CompletableFuture<List<String>> viaSecond = CompletableFuture.supplyAsync(() -> register(second, "乙"));
            Set<String> registered = new HashSet<>(viaFirst.join());
            registered.addAll(viaSecond.join());
            assertEquals(2 * PER_REPLICA, registered.size());

            List<ReceivedEvent> events = new EventProbe(suite.kafka.bootstrapServers()).awaitEvents(
                    RegistryEvents.AGENCY_TOPIC.name(), e -> registered.contains(e.subject()), registered.size(),
                    Duration.ofSeconds(60));
            Map<String, Long> perAgency = events.stream()
                    .collect(Collectors.groupingBy(ReceivedEvent::subject, Collectors.counting()));
            assertEquals(registered, perAgency.keySet());
            assertEquals(Set.of(1L), new HashSet<>(perAgency.values()), "each agency's event exactly once: " + perAgency);
        }
    }

    private static List<String> register(ServiceProcess replica, String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PER_REPLICA; i++) {
            ids.add(Suite.registerAgency(replica, prefix + "机构" + i));
        }
        return ids;
    }
}
