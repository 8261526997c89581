package cn.safetysupervision.disclosure.events;

import cn.safetysupervision.disclosure.config.DisclosureConfig;
import cn.safetysupervision.disclosure.persistence.MongoStore;
import cn.safetysupervision.platform.events.CloudEventHeaders;
import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the events pending in the {@code outbox} arrays of {@link #COLLECTIONS} (acks=all, idempotent producer)
 * and pulls each one after Kafka acknowledged it: at least once, in array order per document. Only the replica
 * holding the relay lease (a document in {@code leases}, taken by a conditional update and renewed every round)
 * publishes, so two replicas do not race; if one dies its lease runs out and the other takes over. A crash between
 * the acknowledgement and the pull publishes that event again with the same {@code ce_id}, which consumers skip.
 */
@ApplicationScoped
public class MongoOutboxRelay {

    private static final Logger LOG = Logger.getLogger(MongoOutboxRelay.class);
    static final List<String> COLLECTIONS = List.of(MongoStore.REPORTS, MongoStore.PRICE_LISTS);
    private static final String LEASE = "outbox-relay";

    private final MongoStore store;
    private final String bootstrapServers;
    private final boolean enabled;
    private final Duration pollInterval;
    private final Duration leaseTime;
    private final String owner = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    MongoOutboxRelay(MongoStore store,
                     @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                     DisclosureConfig config) {
        this.store = store;
        this.bootstrapServers = bootstrapServers;
        this.enabled = config.outbox().enabled();
        this.pollInterval = config.outbox().pollInterval();
        this.leaseTime = config.outbox().lease();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.warn("Mongo outbox relay is disabled (disclosure.outbox.enabled=false): events stay pending");
            return;
        }
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                ProducerConfig.CLIENT_ID_CONFIG, "disclosure-outbox-relay"), new StringSerializer(), new StringSerializer());
        running = true;
        worker = new Thread(this::run, "mongo-outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void run() {
        long backoff = pollInterval.toMillis();
        while (running) {
            try {
                int sent = holdLease() ? relayOnce() : 0;
                backoff = pollInterval.toMillis();
                if (sent == 0) {
                    Thread.sleep(backoff);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return; // interrupted by the shutdown: what is pending stays for the next start
                }
                LOG.warnf("outbox relay round failed, retrying: %s", e.toString());
                backoff = Math.min(backoff * 2, 5_000);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Takes or renews the lease; false while another replica holds an unexpired one. */
    boolean holdLease() {
        Date now = new Date();
        try {
            Document lease = store.leases().findOneAndUpdate(
                    Filters.and(Filters.eq("_id", LEASE), Filters.or(Filters.eq("owner", owner), Filters.lt("until", now))),
                    Updates.combine(Updates.set("owner", owner), Updates.set("until", new Date(now.getTime() + leaseTime.toMillis()))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return lease != null && owner.equals(lease.getString("owner"));
        } catch (MongoException e) {
            if (MongoStore.isDuplicateKey(e)) {
                return false; // the lease document exists and someone else holds it
            }
            throw e;
        }
    }

    /** One round over every outbox-bearing collection; how many events were published. */
    int relayOnce() throws InterruptedException {
        int sent = 0;
        for (String name : COLLECTIONS) {
            for (Document doc : store.collection(name).find(Filters.exists(MongoOutbox.FIELD + ".0")).limit(100)) {
                List<Document> pending = doc.getList(MongoOutbox.FIELD, Document.class);
                for (Document event : pending) {
                    publish(event);
                    store.collection(name).updateOne(Filters.eq("_id", doc.get("_id")),
                            Updates.pull(MongoOutbox.FIELD, new Document("id", event.getString("id"))));
                    sent++;
                }
            }
        }
        return sent;
    }

    private void publish(Document event) throws InterruptedException {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("subject"),
                event.getString("data"));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, event.getString("id"));
        header(record, CloudEventHeaders.TYPE, event.getString("type"));
        header(record, CloudEventHeaders.SOURCE, event.getString("source"));
        header(record, CloudEventHeaders.SUBJECT, event.getString("subject"));
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                event.getDate("time").toInstant().atOffset(ZoneOffset.UTC)));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not publish " + event.getString("id") + ": " + e.getMessage(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
