package cn.safetysupervision.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One Kafka record read as a CloudEvent in binary mode, the way the suite publishes every event: the attributes
 * are {@code ce_*} headers, the data is the record value as JSON, the key is the aggregate id (= {@code ce_subject}).
 */
record CloudEventRecord(String id, String type, String source, String subject, OffsetDateTime time, JsonNode data,
                        String topic, int partition, long offset) {

    /** A record that is not a valid CloudEvent of ours; the reason says why. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason);
        }
    }

    static CloudEventRecord read(ConsumerRecord<String, byte[]> record, ObjectMapper json) throws Invalid {
        if (!"1.0".equals(header(record, "ce_specversion"))) {
            throw new Invalid("ce_specversion is not 1.0");
        }
        String id = required(record, "ce_id");
        String type = required(record, "ce_type");
        String source = required(record, "ce_source");
        String subject = required(record, "ce_subject");
        String contentType = header(record, "content-type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            throw new Invalid("content-type is not application/json");
        }
        if (record.key() != null && !record.key().equals(subject)) {
            throw new Invalid("record key differs from ce_subject");
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(required(record, "ce_time"));
        } catch (DateTimeParseException e) {
            throw new Invalid("ce_time is not an RFC 3339 timestamp");
        }
        JsonNode data;
        try {
            data = json.readTree(record.value());
        } catch (IOException e) {
            throw new Invalid("data is not JSON");
        }
        if (data == null || !data.isObject()) {
            throw new Invalid("data is not a JSON object");
        }
        return new CloudEventRecord(id, type, source, subject, time, data, record.topic(), record.partition(),
                record.offset());
    }

    private static String required(ConsumerRecord<String, byte[]> record, String name) throws Invalid {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new Invalid(name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
