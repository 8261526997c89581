package cn.safetysupervision.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingEventTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final Map<String, String> VALID_HEADERS = Map.of(
            "ce_specversion", "1.0", "ce_id", "e-1", "ce_type", "cn.safetysupervision.x.y.v1",
            "ce_source", "/agency-registry", "ce_subject", "a-1", "ce_time", "2026-11-28T08:00:00Z");

    private static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("registry.agency", 2, 41L, "a-1", value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static Map<String, String> without(String header) {
        Map<String, String> headers = new java.util.HashMap<>(VALID_HEADERS);
        headers.remove(header);
        return headers;
    }

    @Test
    void readsTheCloudEventAttributesAndData() {
        IncomingEvent event = IncomingEvent.from(record(VALID_HEADERS, "{\"name\":\"甲\"}"), JSON);
        assertEquals("e-1", event.id());
        assertEquals("cn.safetysupervision.x.y.v1", event.type());
        assertEquals("a-1", event.subject());
        assertEquals(41L, event.offset());
        assertEquals("甲", event.data().get("name").asText());
    }

    @Test
    void eachMissingRequiredAttributeIsPoison() {
        for (String header : new String[] {"ce_specversion", "ce_id", "ce_type", "ce_source"}) {
            PoisonEventException e = assertThrows(PoisonEventException.class,
                    () -> IncomingEvent.from(record(without(header), "{}"), JSON), header);
            assertTrue(e.getMessage().contains("registry.agency-2@41"), e.getMessage());
        }
    }

    @Test
    void dataThatIsNotAJsonObjectIsPoison() {
        assertThrows(PoisonEventException.class, () -> IncomingEvent.from(record(VALID_HEADERS, "not json"), JSON));
        assertThrows(PoisonEventException.class, () -> IncomingEvent.from(record(VALID_HEADERS, "[1,2]"), JSON));
        assertThrows(PoisonEventException.class, () -> IncomingEvent.from(record(VALID_HEADERS, null), JSON));
        Map<String, String> badTime = new java.util.HashMap<>(VALID_HEADERS);
        badTime.put("ce_time", "yesterday");
        assertThrows(PoisonEventException.class, () -> IncomingEvent.from(record(badTime, "{}"), JSON));
    }

    record Named(String name) {
    }

    @Test
    void dataThatDoesNotFitThePayloadTypeIsPoison() {
        IncomingEvent event = IncomingEvent.from(record(VALID_HEADERS, "{\"name\":{\"nested\":1}}"), JSON);
        assertThrows(PoisonEventException.class, () -> event.dataAs(Named.class));
        assertEquals("甲", IncomingEvent.from(record(VALID_HEADERS, "{\"name\":\"甲\"}"), JSON).dataAs(Named.class).name());
    }
}
