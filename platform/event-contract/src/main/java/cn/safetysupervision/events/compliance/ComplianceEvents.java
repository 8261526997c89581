package cn.safetysupervision.events.compliance;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.events.TopicSpec;

import java.util.List;

/** What compliance-service publishes. */
public final class ComplianceEvents {

    public static final String OWNER = "compliance-service";

    public static final List<TopicSpec> TOPICS = List.of();

    public static final List<EventType<?>> ALL = List.of();

    private ComplianceEvents() {
    }
}
