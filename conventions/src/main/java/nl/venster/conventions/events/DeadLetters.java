package nl.venster.conventions.events;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Publishes records that can never be applied to the service's dead-letter topic
 * ({@code events.consumer.dead-letter-topic}, under the topic prefix) with the original key, value and headers
 * plus the reason and where the record came from.
 */
@ApplicationScoped
@IfBuildProperty(name = "events.consumer.enabled", stringValue = "true")
public class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    private static final int MAX_REASON_LENGTH = 1000;

    private final String topic;
    private final Map<String, Object> kafkaConfig;
    private volatile KafkaProducer<String, String> producer;

    public DeadLetters(EventsConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.topic = config == null ? null : config.topicPrefix() + config.consumer().deadLetterTopic()
                .orElseThrow(() -> new IllegalStateException("events.consumer.dead-letter-topic is not set"));
        this.kafkaConfig = kafkaConfig;
    }

    /** The topic with the prefix. */
    public String topic() {
        return topic;
    }

    /** Returns once the broker acknowledged the dead letter; throws when it did not (the caller retries). */
    public void park(ConsumerRecord<String, String> record, String reason) throws ExecutionException, InterruptedException, TimeoutException {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        String shortReason = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        letter.headers().add(REASON, utf8(shortReason));
        letter.headers().add(TOPIC, utf8(record.topic()));
        letter.headers().add(PARTITION, utf8(String.valueOf(record.partition())));
        letter.headers().add(OFFSET, utf8(String.valueOf(record.offset())));
        producer().send(letter).get(15, TimeUnit.SECONDS);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = KafkaProducers.reliable(kafkaConfig, topic.replace('.', '-') + "-producer");
                }
                current = producer;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        KafkaProducer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
