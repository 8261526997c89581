package cn.safetysupervision.disclosure;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.testkit.KafkaBrokerResource;
import cn.safetysupervision.testkit.RawRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.Map;

/** Produces upstream events to the test broker as their owning services would (CloudEvents, binary mode). */
final class Upstream {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Upstream() {
    }

    static <T> String produce(EventType<T> type, Object key, T payload) {
        return produce(type.topic().name(), type.type(), key, payload, Map.of());
    }

    /** With extra data fields (a later optional addition, or a field this service must ignore). */
    static <T> String produce(EventType<T> type, Object key, T payload, Map<String, Object> extra) {
        return produce(type.topic().name(), type.type(), key, payload, extra);
    }

    /** A type this build's contract may not list yet (the authority helper's declared/verified certificates). */
    static String produce(String topic, String type, Object key, Object payload, Map<String, Object> extra) {
        ObjectNode data = JSON.valueToTree(payload);
        extra.forEach((k, v) -> data.set(k, JSON.valueToTree(v)));
        String id = RawRecords.newEventId();
        try {
            Sent sent = new Sent(topic, id, type, String.valueOf(key), JSON.writeValueAsString(data));
            sent.produce();
            SENT.add(sent);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Everything produced so far, to redeliver with the same ce_id. */
    static final java.util.List<Sent> SENT = new java.util.concurrent.CopyOnWriteArrayList<>();

    record Sent(String topic, String id, String type, String key, String data) {
        void produce() {
            RawRecords.produceCloudEvent(KafkaBrokerResource.bootstrapServers(), topic, id, type, key, data);
        }
    }
}
