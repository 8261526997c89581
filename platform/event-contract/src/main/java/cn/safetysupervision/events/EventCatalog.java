package cn.safetysupervision.events;

import cn.safetysupervision.events.registry.AgencyRegisteredV1;

import java.util.List;
import java.util.Optional;

/**
 * Every published event type. Tests check that each has a JSON Schema and appears in the AsyncAPI document,
 * so this list, the schemas and the document cannot drift apart.
 */
public final class EventCatalog {

    /** Reverse-DNS prefix of every CloudEvents {@code type} we publish. */
    public static final String TYPE_PREFIX = "cn.safetysupervision.";

    public static final EventType<AgencyRegisteredV1> AGENCY_REGISTERED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.registered.v1", Topics.REGISTRY_AGENCY, AgencyRegisteredV1.class);

    private static final List<EventType<?>> ALL = List.of(
            AGENCY_REGISTERED_V1);

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }
}
