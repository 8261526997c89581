package cn.safetysupervision.disclosure.events;

import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.platform.events.DeadLetters;
import cn.safetysupervision.platform.events.IncomingEvent;
import cn.safetysupervision.platform.events.PoisonEventException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.util.Date;
import java.util.function.Consumer;

/**
 * Idempotent consumption without transactions (the platform's InboundEvents needs PostgreSQL). Every projection
 * write is an upsert that sets state (never an increment), so applying an event twice leaves the same documents;
 * the consumed-events collection, whose {@code _id} is consumer + ce_id (unique by nature), lets a redelivered event
 * be skipped. The marker is written after the event is applied: a crash in between re-applies an idempotent write.
 * A malformed record, or one that still fails after {@value #MAX_ATTEMPTS} attempts, goes to the dead-letter topic.
 */
@ApplicationScoped
public class MongoInbound {

    private static final Logger LOG = Logger.getLogger(MongoInbound.class);
    static final int MAX_ATTEMPTS = 3;

    private final MongoStore store;
    private final DeadLetters deadLetters;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    MongoInbound(MongoStore store, DeadLetters deadLetters) {
        this.store = store;
        this.deadLetters = deadLetters;
    }

    public void handleBatch(String consumer, ConsumerRecords<String, String> records, Consumer<IncomingEvent> handler) {
        for (ConsumerRecord<String, String> record : records) {
            handle(consumer, record, handler);
        }
    }

    void handle(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record, mapper);
        } catch (PoisonEventException e) {
            deadLetters.send(record, e);
            return;
        }
        String markerId = consumer + ":" + event.id();
        if (store.consumedEvents().find(Filters.eq("_id", markerId)).first() != null) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                handler.accept(event);
                break;
            } catch (PoisonEventException e) {
                deadLetters.send(record, e);
                return;
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    LOG.warnf("%s (%s) failed %d times: %s", event.id(), event.type(), attempt, e.toString());
                    deadLetters.send(record, e);
                    return;
                }
                sleep(200L * attempt);
            }
        }
        try {
            store.consumedEvents().insertOne(new Document("_id", markerId).append("type", event.type())
                    .append("at", new Date()));
        } catch (MongoException e) {
            if (!MongoStore.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
