package cn.safetysupervision.events;

import java.util.List;

/**
 * Writes the AsyncAPI 3.0 document of the contract from {@link EventCatalog}, so the document is never edited by
 * hand and cannot disagree with the code. The committed copy is {@code asyncapi/asyncapi.yaml}; a test fails when
 * it is stale and tells how to regenerate it.
 */
public final class AsyncApiDocument {

    public static final String RESOURCE = "asyncapi/asyncapi.yaml";

    private AsyncApiDocument() {
    }

    public static String render() {
        return render(EventCatalog.topics(), EventCatalog.all());
    }

    static String render(List<TopicSpec> topics, List<EventType<?>> types) {
        StringBuilder y = new StringBuilder();
        y.append("""
                # GENERATED from EventCatalog by AsyncApiDocument — do not edit; see platform/event-contract/README.md
                asyncapi: 3.0.0
                info:
                  title: Safety-production technical service supervision — events
                  version: 1.0.0
                  description: |
                    The published event contract of the suite. Every message is a CloudEvent 1.0 in Kafka binary mode:
                    the attributes travel as headers (`ce_specversion`, `ce_id`, `ce_type`, `ce_source`, `ce_subject`,
                    `ce_time`, `content-type: application/json`), the record value is the JSON payload, and the record
                    key is the aggregate id (= `ce_subject`), so one aggregate's events keep their order.

                    Delivery is at least once: the same event may arrive again with the same `ce_id`; consumers
                    de-duplicate on `ce_id`. Versioning: an additive change (a new optional field) keeps the type; a
                    breaking change is published as a new type (`….v2`) beside the old one, and both are emitted for a
                    deprecation period. Consumers must ignore fields they do not know.

                    The one exception to the deprecation period: when a published type leaks personal data (身份证,
                    reporters' identities, phone numbers, or anything from which they can be recovered), its
                    replacement is published and the leaking type stops being emitted at once, with no overlap.
                    A withdrawn type stays listed below (marked WITHDRAWN) because the topics still hold its records:
                    consumers keep accepting it, producers refuse it.
                  license:
                    name: Apache-2.0
                defaultContentType: application/json

                servers:
                  local:
                    host: 127.0.0.1:9092
                    protocol: kafka
                    description: The local stack's broker (./suite up).

                """);
        y.append("channels:\n");
        for (TopicSpec topic : topics) {
            y.append("  ").append(topic.name()).append(":\n");
            y.append("    address: ").append(topic.name()).append('\n');
            y.append("    description: ").append(quote(topic.description() + " Owner: " + topic.owner()
                    + ". Key: " + topic.key() + ".")).append('\n');
            List<EventType<?>> onTopic = types.stream().filter(t -> t.topic().equals(topic)).toList();
            if (onTopic.isEmpty()) {
                continue;
            }
            y.append("    messages:\n");
            for (EventType<?> type : onTopic) {
                y.append("      ").append(messageId(type)).append(":\n");
                y.append("        $ref: '#/components/messages/").append(messageId(type)).append("'\n");
            }
        }
        y.append("\noperations:\n");
        for (EventType<?> type : types) {
            y.append("  send.").append(messageId(type)).append(":\n");
            y.append("    action: send\n");
            y.append("    summary: ").append(quote(type.topic().owner()
                    + (type.isWithdrawn() ? " published (withdrawn, no longer emits) " : " publishes ") + type.name()
                    + " v" + type.version())).append('\n');
            y.append("    channel:\n");
            y.append("      $ref: '#/channels/").append(type.topic().name()).append("'\n");
            y.append("    messages:\n");
            y.append("      - $ref: '#/channels/").append(type.topic().name()).append("/messages/")
                    .append(messageId(type)).append("'\n");
        }
        y.append("\ncomponents:\n  messages:\n");
        for (EventType<?> type : types) {
            y.append("    ").append(messageId(type)).append(":\n");
            y.append("      name: ").append(type.type()).append('\n');
            y.append("      title: ").append(quote(type.payloadType().getSimpleName())).append('\n');
            y.append("      summary: ").append(quote(type.isWithdrawn()
                    ? "WITHDRAWN (no longer emitted): " + type.withdrawal() + " " + type.summary()
                    : type.summary())).append('\n');
            y.append("      contentType: application/json\n");
            y.append("      headers:\n");
            y.append("        $ref: '#/components/schemas/cloudEventHeaders'\n");
            y.append("      payload:\n");
            y.append("        schemaFormat: application/schema+json;version=draft-07\n");
            y.append("        schema:\n");
            y.append("          $ref: '../").append(type.schemaResource()).append("'\n");
        }
        y.append("""
                  schemas:
                    cloudEventHeaders:
                      type: object
                      required: [ce_specversion, ce_id, ce_type, ce_source, ce_subject, ce_time, content-type]
                      properties:
                        ce_specversion:
                          type: string
                          const: '1.0'
                        ce_id:
                          type: string
                          description: Unique per event; the same on redelivery. De-duplicate on it.
                        ce_type:
                          type: string
                          description: Event type with its version, e.g. cn.safetysupervision.registry.agency.registered.v1
                        ce_source:
                          type: string
                          description: The emitting service, e.g. /agency-registry
                        ce_subject:
                          type: string
                          description: Aggregate id; equals the record key.
                        ce_time:
                          type: string
                          format: date-time
                        content-type:
                          type: string
                          const: application/json
                """);
        return y.toString();
    }

    /** Component and message key: the type without prefix, e.g. {@code registry.agency.registered.v1}. */
    static String messageId(EventType<?> type) {
        return type.type().substring(EventCatalog.TYPE_PREFIX.length());
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''").replace("\n", " ") + "'";
    }
}
