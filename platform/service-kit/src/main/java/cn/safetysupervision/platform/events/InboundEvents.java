package cn.safetysupervision.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * Applies incoming events exactly once in effect: the event id is recorded in the same transaction as the
 * handler's changes, and an id already recorded is skipped. A handler that keeps failing is retried a bounded
 * number of times; then the exception propagates so that the channel's dead-letter strategy takes the record
 * and the consumer goes on with the next one.
 * <p>
 * Use from a blocking {@code @Incoming} method that receives {@code ConsumerRecord<String, String>}; the method
 * itself must not be transactional.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final InboundConfig config;

    InboundEvents(EntityManager entityManager, ObjectMapper objectMapper, InboundConfig config) {
        this.entityManager = entityManager;
        // Consumers tolerate fields added to a payload type later (additive changes keep the version).
        this.objectMapper = objectMapper.copy()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.config = config;
    }

    /**
     * @param consumer a stable name of this consumer (its idempotency scope), e.g. {@code compliance.agency-projection}
     * @param handler  applies the event; runs inside a transaction
     */
    public void handle(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = IncomingEvent.from(record, objectMapper);
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (markConsumed(consumer, event)) {
                        handler.accept(event);
                    } else {
                        LOG.debugf("%s: event %s already applied, skipped", consumer, event.id());
                    }
                });
                return;
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.warnf("%s: attempt %d/%d for event %s (%s) failed: %s", consumer, attempt, config.maxAttempts(),
                        event.id(), event.type(), e.getMessage());
                sleep(config.retryBackoff().toMillis());
            }
        }
        throw new EventProcessingFailedException("event " + event.id() + " (" + event.type() + ") failed after "
                + config.maxAttempts() + " attempts: " + lastFailure.getMessage(), lastFailure);
    }

    /** True when this consumer had not applied the event before; the row commits or rolls back with the effect. */
    private boolean markConsumed(String consumer, IncomingEvent event) {
        return entityManager.createNativeQuery("""
                        insert into consumed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
