package cn.safetysupervision.events;

import cn.safetysupervision.events.complaint.ComplaintEvents;
import cn.safetysupervision.events.compliance.ComplianceEvents;
import cn.safetysupervision.events.contract.ContractEvents;
import cn.safetysupervision.events.disclosure.DisclosureEvents;
import cn.safetysupervision.events.registry.RegistryEvents;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every published topic and event type, gathered from each context's list. Tests check that each type has a
 * JSON Schema matching its payload record and that the AsyncAPI document is generated from exactly this list,
 * so the catalog, the schemas and the document cannot drift apart.
 */
public final class EventCatalog {

    /** Reverse-DNS prefix of every CloudEvents {@code type} we publish. */
    public static final String TYPE_PREFIX = "cn.safetysupervision.";

    private static final List<TopicSpec> TOPICS = Stream.of(
                    RegistryEvents.TOPICS, ContractEvents.TOPICS, ComplianceEvents.TOPICS, DisclosureEvents.TOPICS,
                    ComplaintEvents.TOPICS)
            .flatMap(List::stream).toList();

    private static final List<EventType<?>> ALL = Stream.of(
                    RegistryEvents.ALL, ContractEvents.ALL, ComplianceEvents.ALL, DisclosureEvents.ALL,
                    ComplaintEvents.ALL)
            .flatMap(List::stream).toList();

    private EventCatalog() {
    }

    public static List<TopicSpec> topics() {
        return TOPICS;
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }
}
