package cn.safetysupervision.events.registry;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.TopicSpec;

import java.util.List;

import static cn.safetysupervision.events.EventCatalog.TYPE_PREFIX;

/** What agency-registry publishes. */
public final class RegistryEvents {

    public static final String OWNER = "agency-registry";

    public static final TopicSpec AGENCY_TOPIC = new TopicSpec("registry.agency", OWNER, "agency id",
            "Agencies (安全生产技术服务机构): registration, changes, change filings, status.");

    public static final EventType<AgencyRegisteredV1> AGENCY_REGISTERED_V1 = new EventType<>(
            TYPE_PREFIX + "registry.agency.registered.v1", AGENCY_TOPIC, AgencyRegisteredV1.class,
            "An agency entered the registry.");

    public static final List<TopicSpec> TOPICS = List.of(AGENCY_TOPIC);

    public static final List<EventType<?>> ALL = List.of(AGENCY_REGISTERED_V1);

    private RegistryEvents() {
    }
}
