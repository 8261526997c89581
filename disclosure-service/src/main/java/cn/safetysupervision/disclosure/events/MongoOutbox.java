package cn.safetysupervision.disclosure.events;

import cn.safetysupervision.events.EventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A transactional outbox without transactions: the event is an element of the {@value #FIELD} array of the very
 * document whose change it announces, pushed in the same single-document update (atomic in MongoDB and in the wire
 * stand-in). {@link MongoOutboxRelay} publishes the elements and pulls them once Kafka acknowledged them.
 */
@ApplicationScoped
public class MongoOutbox {

    public static final String FIELD = "outbox";

    private final ObjectMapper objectMapper;
    private final String source;

    MongoOutbox(ObjectMapper objectMapper, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.objectMapper = objectMapper;
        this.source = "/" + applicationName;
    }

    /** The pending event to {@code $push} onto {@value #FIELD} in the same update as the change itself. */
    public <T> Document event(EventType<T> type, String subject, T payload) {
        String data;
        try {
            data = objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.type(), e);
        }
        return new Document("id", UUID.randomUUID().toString())
                .append("type", type.type())
                .append("topic", type.topic().name())
                .append("subject", subject)
                .append("source", source)
                .append("time", Date.from(Instant.now()))
                .append("data", data);
    }
}
