package cn.safetysupervision.dashboard.domain;

import cn.safetysupervision.events.EventCatalog;
import cn.safetysupervision.events.EventType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Reads an event's data through the payload record the event contract declares for its exact type, so a renamed
 * field breaks this module's build instead of silently blanking a column. A type (or version) this build's contract
 * does not have, or data that does not bind, answers empty: the event is still in the feed, shown generically.
 */
public final class Payloads {

    private static final Logger LOG = Logger.getLogger(Payloads.class);
    // Consumers ignore fields they do not know (an additive change keeps the version).
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Payloads() {
    }

    public static <T> Optional<T> read(String type, JsonNode data, Class<T> payloadType) {
        Optional<EventType<?>> declared = EventCatalog.byType(type);
        if (declared.isEmpty() || declared.get().payloadType() != payloadType || data == null || !data.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.treeToValue(data, payloadType));
        } catch (Exception e) {
            LOG.warnf("%s does not bind to %s (shown generically): %s", type, payloadType.getSimpleName(), e.getMessage());
            return Optional.empty();
        }
    }
}
