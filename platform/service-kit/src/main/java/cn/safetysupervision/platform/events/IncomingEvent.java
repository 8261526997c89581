package cn.safetysupervision.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A CloudEvent read from Kafka (binary mode), with its JSON data not yet bound to a payload type. */
public record IncomingEvent(
        String id,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        String topic,
        int partition,
        long offset,
        JsonNode data,
        ObjectMapper objectMapper) {

    /**
     * Reads the CloudEvent attributes and the JSON data; anything malformed is a {@link PoisonEventException}.
     *
     * @param objectMapper binds the data later; it should ignore unknown properties (consumers tolerate additions)
     */
    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper objectMapper) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonEventException(where + ": not a CloudEvent 1.0 (ce_specversion=" + specVersion + ")");
        }
        String id = required(record, CloudEventHeaders.ID, where);
        String type = required(record, CloudEventHeaders.TYPE, where);
        String source = required(record, CloudEventHeaders.SOURCE, where);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        OffsetDateTime time = null;
        String timeText = header(record, CloudEventHeaders.TIME);
        if (timeText != null) {
            try {
                time = OffsetDateTime.parse(timeText);
            } catch (DateTimeParseException e) {
                throw new PoisonEventException(where + ": ce_time is not an RFC 3339 timestamp: " + timeText);
            }
        }
        if (record.value() == null) {
            throw new PoisonEventException(where + ": event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = objectMapper.readTree(record.value());
        } catch (Exception e) {
            throw new PoisonEventException(where + ": event " + id + " data is not JSON: " + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException(where + ": event " + id + " data is not a JSON object");
        }
        return new IncomingEvent(id, type, source, subject, time, record.topic(), record.partition(), record.offset(),
                data, objectMapper);
    }

    /** Binds the data to a payload type of the event contract; unknown fields are ignored (additive changes). */
    public <T> T dataAs(Class<T> payloadType) {
        try {
            return objectMapper.treeToValue(data, payloadType);
        } catch (Exception e) {
            throw new PoisonEventException("event " + id + " (" + type + ") does not match "
                    + payloadType.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name, String where) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException(where + ": CloudEvent header " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
