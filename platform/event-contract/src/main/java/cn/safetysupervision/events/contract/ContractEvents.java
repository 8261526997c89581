package cn.safetysupervision.events.contract;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.TopicSpec;

import java.util.List;

/** What contract-service publishes. */
public final class ContractEvents {

    public static final String OWNER = "contract-service";

    public static final List<TopicSpec> TOPICS = List.of();

    public static final List<EventType<?>> ALL = List.of();

    private ContractEvents() {
    }
}
