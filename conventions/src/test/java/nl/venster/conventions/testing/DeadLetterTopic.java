package nl.venster.conventions.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.venster.conventions.events.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the service's dead-letter topic ({@code events.consumer.dead-letter-topic}, under the test prefix) from its
 * end at the moment of opening, so a test sees only the dead letters its own records caused.
 */
public final class DeadLetterTopic implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    private DeadLetterTopic(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /** Opens the topic of the service under test at its current end. */
    public static DeadLetterTopic atEnd() {
        var config = ConfigProvider.getConfig();
        String topic = config.getOptionalValue("events.topic-prefix", String.class).orElse("")
                + config.getValue("events.consumer.dead-letter-topic", String.class);
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class));
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : consumer.partitionsFor(topic)) {
            partitions.add(new TopicPartition(p.topic(), p.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new DeadLetterTopic(consumer);
    }

    /**
     * The dead letters with this key, in offset order per partition, once {@code count} arrived (or after a
     * minute), with any more that the topic already holds: a test that waited until a later record was applied
     * finds every dead letter of the records before it.
     */
    public List<ConsumerRecord<String, String>> await(String key, int count) {
        List<ConsumerRecord<String, String>> letters = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (letters.size() < count && System.nanoTime() < deadline) {
            poll(key, letters);
        }
        poll(key, letters);
        return letters;
    }

    private void poll(String key, List<ConsumerRecord<String, String>> letters) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            if (key.equals(record.key())) {
                letters.add(record);
            }
        }
    }

    /** A header's text, e.g. {@code header(letter, DeadLetters.REASON)}; null when absent. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The reason a dead letter carries. */
    public static String reason(ConsumerRecord<String, String> record) {
        return header(record, DeadLetters.REASON);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
