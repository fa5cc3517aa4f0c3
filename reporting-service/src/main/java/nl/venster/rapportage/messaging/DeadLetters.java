package nl.venster.rapportage.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.venster.conventions.events.EventsConfig;
import nl.venster.conventions.events.KafkaProducers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Parks events that can never be applied on {@code rapportage.dead-letter} with the original key, value
 * and headers plus the reason and origin, and counts them per source topic
 * ({@code rapportage_events_dead_lettered_total}).
 */
@ApplicationScoped
public class DeadLetters {

    static final String METRIC = "rapportage.events.dead.lettered";
    private static final int MAX_REASON_LENGTH = 1000;

    private final EventsConfig eventsConfig;
    private final MeterRegistry meterRegistry;
    private final Map<String, Object> kafkaConfig;
    private volatile KafkaProducer<String, String> producer;

    public DeadLetters(EventsConfig eventsConfig, MeterRegistry meterRegistry,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.eventsConfig = eventsConfig;
        this.meterRegistry = meterRegistry;
        this.kafkaConfig = kafkaConfig;
    }

    /** Returns once the broker acknowledged the dead letter; throws when it did not (the caller retries). */
    public void park(ConsumerRecord<String, String> record, String reason) throws ExecutionException, InterruptedException, TimeoutException {
        ProducerRecord<String, String> letter = new ProducerRecord<>(eventsConfig.topicPrefix() + Topics.DEAD_LETTER,
                record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        String shortReason = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        letter.headers().add("dead-letter-reason", utf8(shortReason));
        letter.headers().add("dead-letter-topic", utf8(record.topic()));
        letter.headers().add("dead-letter-partition", utf8(String.valueOf(record.partition())));
        letter.headers().add("dead-letter-offset", utf8(String.valueOf(record.offset())));
        producer().send(letter).get(15, TimeUnit.SECONDS);
        counter(record.topic()).increment();
    }

    public Counter counter(String topic) {
        return Counter.builder(METRIC)
                .description("Events that could not be processed and were parked on the dead-letter topic")
                .tag("topic", topic)
                .register(meterRegistry);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = KafkaProducers.reliable(kafkaConfig, "rapportage-dead-letters");
                }
                current = producer;
            }
        }
        return current;
    }

    void close(@Observes ShutdownEvent event) {
        KafkaProducer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
