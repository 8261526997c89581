package cn.safetysupervision.examples;

import cn.safetysupervision.events.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks event data against the JSON Schema that the contract artifact ships for its type
 * ({@code event-schemas/<type>.json}).
 *
 * <p>Fields the schema does not know are not an error here: the versioning rule lets the producer add optional
 * fields to a type without a new version, so data from a newer producer may carry fields that the schemas in the
 * artifact version you depend on do not list. Missing or wrongly typed fields are errors.
 */
final class ContractSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** What is wrong with the data; empty when it is valid for the type. */
    List<String> problems(EventType<?> type, JsonNode data) {
        return schema(type).validate(data).stream()
                .filter(message -> !"additionalProperties".equals(message.getType()))
                .map(message -> message.getMessage())
                .sorted()
                .toList();
    }

    private JsonSchema schema(EventType<?> type) {
        return schemas.computeIfAbsent(type.type(), t -> {
            try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("the contract artifact has no " + type.schemaResource());
                }
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
