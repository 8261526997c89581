package cn.safetysupervision.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The catalog, the payload records, the JSON Schemas and the AsyncAPI document agree. */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COMMITTED_ASYNCAPI = Path.of("src/main/resources", AsyncApiDocument.RESOURCE);
    private static final Path SCHEMA_DIR = Path.of("src/main/resources/event-schemas");

    private static JsonNode schema(EventType<?> type) throws IOException {
        try (InputStream in = EventCatalog.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertNotNull(in, "no JSON Schema " + type.schemaResource() + " for " + type.type());
            return JSON.readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTypeHasASchemaThatDescribesItsPayloadRecord() {
        return EventCatalog.all().stream().map(type -> DynamicTest.dynamicTest(type.type(), () -> {
            JsonNode schema = schema(type);
            assertEquals("object", schema.path("type").asText(), "schema type");
            assertEquals(false, schema.path("additionalProperties").asBoolean(true),
                    "schema must list every field (additionalProperties: false)");
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            Set<String> schemaFields = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(schemaFields::add);
            Set<String> recordFields = Arrays.stream(type.payloadType().getRecordComponents())
                    .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(recordFields, schemaFields, "schema properties = payload record components");
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            assertTrue(schemaFields.containsAll(required), "required fields exist: " + required);
        }));
    }

    @Test
    void typesAreUniqueAndEveryTopicHasOneOwner() {
        List<String> types = EventCatalog.all().stream().map(EventType::type).toList();
        assertEquals(types.size(), new HashSet<>(types).size(), "duplicate event types: " + types);
        List<String> topics = EventCatalog.topics().stream().map(TopicSpec::name).toList();
        assertEquals(topics.size(), new HashSet<>(topics).size(), "duplicate topics: " + topics);
        EventCatalog.all().forEach(t -> assertTrue(EventCatalog.topics().contains(t.topic()),
                t.type() + " is on a topic missing from the catalog"));
    }

    @Test
    void everySchemaFileBelongsToACatalogType() throws IOException {
        Set<String> catalogued = EventCatalog.all().stream().map(t -> t.type() + ".json").collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(SCHEMA_DIR)) {
            List<String> orphans = files.map(p -> p.getFileName().toString()).filter(f -> !catalogued.contains(f)).toList();
            assertEquals(List.of(), orphans, "schemas without a catalog entry");
        }
    }

    /** Regenerate with: UPDATE_CONTRACT=1 ./mvnw -pl platform/event-contract test */
    @Test
    void committedAsyncApiDocumentIsGeneratedFromTheCatalog() throws IOException {
        String generated = AsyncApiDocument.render();
        if ("1".equals(System.getenv("UPDATE_CONTRACT"))) {
            Files.writeString(COMMITTED_ASYNCAPI, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(COMMITTED_ASYNCAPI, StandardCharsets.UTF_8);
        if (!generated.equals(committed)) {
            fail(COMMITTED_ASYNCAPI + " is stale; regenerate it with: UPDATE_CONTRACT=1 ./mvnw -pl platform/event-contract test");
        }
    }

    @Test
    void asyncApiDocumentListsEveryType() {
        String document = AsyncApiDocument.render();
        EventCatalog.all().forEach(t -> assertTrue(document.contains("name: " + t.type() + "\n"), t.type()));
        EventCatalog.topics().forEach(t -> assertTrue(document.contains("address: " + t.name() + "\n"), t.name()));
    }

    /** A keyed hash of a partly shown 身份证 is recoverable by guessing: no emitted type may carry one. */
    @Test
    void noEmittedTypeCarriesAnIdNumberHash() {
        List<String> leaking = EventCatalog.all().stream().filter(t -> !t.isWithdrawn())
                .filter(t -> Arrays.stream(t.payloadType().getRecordComponents())
                        .anyMatch(c -> c.getName().toLowerCase().contains("idnumberhash")))
                .map(EventType::type).toList();
        assertEquals(List.of(), leaking, "emitted types that carry a hash of the 身份证 number");
    }

    @Test
    void withdrawnTypesAreMarkedInTheDocumentAndHaveAnEmittedSuccessor() {
        String document = AsyncApiDocument.render();
        assertTrue(document.contains("leaks personal data"), "the versioning rule names the exception");
        List<EventType<?>> withdrawn = EventCatalog.all().stream().filter(EventType::isWithdrawn).toList();
        assertTrue(!withdrawn.isEmpty());
        withdrawn.forEach(t -> {
            assertTrue(document.contains("summary: 'WITHDRAWN (no longer emitted): " + t.withdrawal()), t.type());
            String successor = t.type().substring(0, t.type().lastIndexOf(".v")) + ".v" + (t.version() + 1);
            assertTrue(EventCatalog.byType(successor).filter(s -> !s.isWithdrawn()).isPresent(),
                    t.type() + " has no emitted successor " + successor);
        });
    }
}
