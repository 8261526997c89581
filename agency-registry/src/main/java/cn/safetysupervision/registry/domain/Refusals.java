package cn.safetysupervision.registry.domain;

import cn.safetysupervision.events.EventType;
import cn.safetysupervision.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Publishes the evidence of a refused request in its own transaction: the request itself answers 409 and rolls
 * back, but the refusal is a fact the supervisors must see (Art. 14.4, 14.10).
 */
@ApplicationScoped
public class Refusals {

    private final Outbox outbox;

    Refusals(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> void record(EventType<T> type, Object subject, T payload) {
        outbox.publish(type, subject, payload);
    }
}
