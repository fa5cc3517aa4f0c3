package nl.venster.conventions.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a service's published events from the real broker, in a fresh consumer group; the topic names are those of
 * the test run ({@code events.topic-prefix}).
 */
public final class EventReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private EventReader() {
    }

    public record Event(String key, JsonNode cloudEvent) {
        public String type() {
            return cloudEvent.get("type").asText();
        }

        public long sequence() {
            return Long.parseLong(cloudEvent.get("sequence").asText());
        }

        public JsonNode data() {
            return cloudEvent.get("data");
        }
    }

    /**
     * All events on the topic whose CloudEvent subject starts with {@code subjectPrefix}; reads until
     * {@code expected} have arrived and then a little longer, so that a duplicate would be seen too.
     */
    public static List<Event> read(String topicWithoutPrefix, String subjectPrefix, int expected) {
        return read(topicWithoutPrefix, subjectPrefix, expected, Instant.EPOCH);
    }

    /** As {@link #read(String, String, int)}, only events whose CloudEvent time is not before {@code since}. */
    public static List<Event> read(String topicWithoutPrefix, String subjectPrefix, int expected, Instant since) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "event-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(prefix() + topicWithoutPrefix));
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            long settle = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settle)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        continue;
                    }
                    JsonNode json = parse(record.value());
                    if (json != null && json.path("subject").asText("").startsWith(subjectPrefix)
                            && !OffsetDateTime.parse(json.path("time").asText()).toInstant().isBefore(since)) {
                        events.add(new Event(record.key(), json));
                    }
                }
                if (events.size() >= expected && settle == Long.MAX_VALUE) {
                    settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return events;
    }

    private static String prefix() {
        return ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("");
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }
}
