package cn.safetysupervision.events;

import java.util.Objects;

/**
 * One published event type: the CloudEvents {@code type} (with its version), the topic it travels on and the
 * Java type of its payload. A published type never changes incompatibly; a breaking change gets a new
 * {@code .vN} type beside the old one.
 */
public record EventType<T>(String type, String topic, Class<T> payloadType) {

    public EventType {
        Objects.requireNonNull(type);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(payloadType);
        if (!type.startsWith(EventCatalog.TYPE_PREFIX) || !type.matches(".*\\.v[0-9]+$")) {
            throw new IllegalArgumentException("event type must be '" + EventCatalog.TYPE_PREFIX + "<name>.v<N>': " + type);
        }
    }

    /** Classpath location of this type's JSON Schema inside this artifact. */
    public String schemaResource() {
        return "event-schemas/" + type + ".json";
    }
}
