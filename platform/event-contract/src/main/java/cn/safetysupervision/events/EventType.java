package cn.safetysupervision.events;

import java.util.Objects;

/**
 * One published event type: the CloudEvents {@code type} (with its version), the topic it travels on and the
 * Java type of its payload. A published type never changes incompatibly; a breaking change gets a new
 * {@code .vN} type beside the old one.
 *
 * @param type        CloudEvents type, {@code cn.safetysupervision.<context>.<aggregate>.<event>.v<N>}
 * @param topic       the topic it is published on
 * @param payloadType the payload record in this artifact
 * @param summary     one line for the AsyncAPI document: what happened
 * @param withdrawal  null while the type is emitted; otherwise why it is no longer emitted and what replaces it
 *                    (consumers keep accepting it from the topic, producers refuse it)
 */
public record EventType<T>(String type, TopicSpec topic, Class<T> payloadType, String summary, String withdrawal) {

    public EventType(String type, TopicSpec topic, Class<T> payloadType, String summary) {
        this(type, topic, payloadType, summary, null);
    }

    /**
     * This type, no longer emitted from now on: the one exception to the deprecation period, for a type whose
     * payload leaks personal data. It stays in the catalog so that consumers still read what the topic holds.
     */
    public EventType<T> withdrawn(String why) {
        return new EventType<>(type, topic, payloadType, summary, Objects.requireNonNull(why));
    }

    public boolean isWithdrawn() {
        return withdrawal != null;
    }

    /** Whether a received {@code ce_type} is this type or {@code older}, read as this type's payload. */
    public boolean matches(String receivedType, EventType<?> older) {
        return type.equals(receivedType) || older.type().equals(receivedType);
    }

    public EventType {
        Objects.requireNonNull(type);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(payloadType);
        Objects.requireNonNull(summary);
        if (!type.startsWith(EventCatalog.TYPE_PREFIX) || !type.matches("[a-z0-9.-]+\\.v[0-9]+$")) {
            throw new IllegalArgumentException("event type must be '" + EventCatalog.TYPE_PREFIX + "<name>.v<N>': " + type);
        }
    }

    /** Classpath location of this type's JSON Schema inside this artifact. */
    public String schemaResource() {
        return "event-schemas/" + type + ".json";
    }

    /** The type without prefix and version, e.g. {@code registry.agency.registered}. */
    public String name() {
        return type.substring(EventCatalog.TYPE_PREFIX.length(), type.lastIndexOf(".v"));
    }

    /** The version number after {@code .v}. */
    public int version() {
        return Integer.parseInt(type.substring(type.lastIndexOf(".v") + 2));
    }
}
