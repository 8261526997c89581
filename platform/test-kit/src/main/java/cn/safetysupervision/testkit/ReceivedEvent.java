package cn.safetysupervision.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** A CloudEvent as an integrator's consumer sees it on the topic. */
public record ReceivedEvent(
        String topic,
        String key,
        Map<String, String> headers,
        JsonNode data,
        int partition,
        long offset) {

    public String id() {
        return headers.get("ce_id");
    }

    public String type() {
        return headers.get("ce_type");
    }

    public String subject() {
        return headers.get("ce_subject");
    }

    public String source() {
        return headers.get("ce_source");
    }
}
