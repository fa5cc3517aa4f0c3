package nl.venster.conventions.events;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds the String/String producers the services publish with outside SmallRye channels. */
public final class KafkaProducers {

    private KafkaProducers() {
    }

    /**
     * A producer that only counts a record as sent once all in-sync replicas have it, never duplicates it
     * on retries, and fails fast while the broker is away so that the caller can retry later.
     *
     * @param kafkaConfig the {@code @Identifier("default-kafka-broker")} configuration
     * @param overrides   settings of this caller that differ from the defaults here (e.g. the delivery timeout)
     */
    public static KafkaProducer<String, String> reliable(Map<String, Object> kafkaConfig, String clientId,
                                                         Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.putAll(overrides);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    public static KafkaProducer<String, String> reliable(Map<String, Object> kafkaConfig, String clientId) {
        return reliable(kafkaConfig, clientId, Map.of());
    }
}
