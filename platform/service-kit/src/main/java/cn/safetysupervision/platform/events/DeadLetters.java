package cn.safetysupervision.platform.events;

import cn.safetysupervision.platform.privacy.Redaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes a record that cannot be applied to this service's dead-letter topic ({@code <application>.dlq}), with the
 * same headers SmallRye's dead-letter strategy writes, so one topic and one format serve single and batch consumers.
 * The write is synchronous: the batch's offsets are committed only after the record is safely on the topic.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final String bootstrapServers;
    private final String topic;
    private KafkaProducer<String, String> producer;

    DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.topic = applicationName + ".dlq";
    }

    public void send(ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        // The reason may quote the record or a database message: personal data in it is masked.
        header(dead, "dead-letter-reason", Redaction.redact(reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage()));
        if (reason.getCause() != null && reason.getCause().getMessage() != null) {
            header(dead, "dead-letter-cause", Redaction.redact(reason.getCause().getMessage()));
        }
        header(dead, "dead-letter-topic", record.topic());
        header(dead, "dead-letter-partition", Integer.toString(record.partition()));
        header(dead, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer().send(dead).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + where(record), e);
        } catch (ExecutionException | TimeoutException e) {
            // Thrown on, so the batch is not acknowledged and the record comes again.
            throw new IllegalStateException("could not dead-letter " + where(record) + ": " + e.getMessage(), e);
        }
        LOG.warnf("%s went to %s: %s", where(record), topic, reason.getMessage());
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.CLIENT_ID_CONFIG, topic + "-writer"),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    void onStop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
