package cn.safetysupervision.testkit;

import cn.safetysupervision.events.EventCatalog;
import cn.safetysupervision.events.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Validates event data against the JSON Schema that the event contract publishes for its type. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Problems found; empty when the data is valid. An unknown type is itself a problem. */
    public static List<String> problems(String type, JsonNode data) {
        EventType<?> eventType = EventCatalog.byType(type).orElse(null);
        if (eventType == null) {
            return List.of("event type " + type + " is not in the published EventCatalog");
        }
        Set<ValidationMessage> messages = schema(eventType).validate(data);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema schema(EventType<?> type) {
        return SCHEMAS.computeIfAbsent(type.type(), t -> {
            try (InputStream in = EventCatalog.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + type.schemaResource() + " in the event contract");
                }
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
