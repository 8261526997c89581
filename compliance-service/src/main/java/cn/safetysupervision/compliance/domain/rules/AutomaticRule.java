package cn.safetysupervision.compliance.domain.rules;

import cn.safetysupervision.platform.events.IncomingEvent;

import java.util.List;
import java.util.Set;

/**
 * A rule decided by data: after an event has updated the projections, every rule that names the event's type
 * among its triggers judges it. It answers the violations it sees; the finding service turns them into findings,
 * at most one open finding per rule and subject.
 */
public interface AutomaticRule extends ComplianceRule {

    /** Event types (CloudEvents {@code type}) that can make this rule fire. */
    Set<String> triggers();

    /** Runs inside the transaction of the event; reads projections only. */
    List<Violation> evaluate(IncomingEvent event);

    @Override
    default boolean automatic() {
        return true;
    }
}
