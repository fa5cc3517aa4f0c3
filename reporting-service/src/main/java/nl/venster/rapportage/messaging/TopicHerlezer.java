package nl.venster.rapportage.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import nl.venster.conventions.events.EventsConfig;
import nl.venster.conventions.events.OnbekendEventType;
import nl.venster.conventions.events.OngeldigEvent;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.service.EventBron;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every consumed topic from the beginning up to the end offsets taken when the read starts, with
 * its own consumer outside the consumer group (assigned partitions, nothing committed), for the rebuild.
 * Records written after the start are left to the live consumers. Each record is bound as the live consumer
 * binds it ({@link EventBinding}); invalid ones are only counted (the live consumer dead-lettered them), those
 * of an unknown type are passed over as the live consumer passes them over.
 */
@ApplicationScoped
public class TopicHerlezer implements EventBron {

    private final EventsConfig eventsConfig;
    private final Map<String, Object> kafkaConfig;
    private final EventBinding binding;

    public TopicHerlezer(EventsConfig eventsConfig, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                         EventBinding binding) {
        this.eventsConfig = eventsConfig;
        this.kafkaConfig = kafkaConfig;
        this.binding = binding;
    }

    /**
     * Hands every event to {@code verwerker}, topic by topic, in batches as polled (each partition's records
     * in offset order); fails when the read takes longer than {@code maximaleDuur}.
     */
    @Override
    public void leesAlles(Duration maximaleDuur, Consumer<Partij> verwerker) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        // Bounds what the consumer buffers ahead of the rebuild (the default allows 50 MB per fetch).
        settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 * 1024 * 1024);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "rapportage-herbouw");
        long deadline = System.nanoTime() + maximaleDuur.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            for (String topic : Topics.GECONSUMEERD) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (PartitionInfo partition : consumer.partitionsFor(eventsConfig.topicPrefix() + topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(partition.topic(), partition.partition()));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> eind = consumer.endOffsets(partitions, Duration.ofSeconds(30));
                while (partitions.stream().anyMatch(tp -> consumer.position(tp, Duration.ofSeconds(30)) < eind.get(tp))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("rebuild did not finish reading the topics in " + maximaleDuur);
                    }
                    List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        if (record.offset() < eind.get(new TopicPartition(record.topic(), record.partition()))) {
                            batch.add(record);
                        }
                    }
                    if (!batch.isEmpty()) {
                        verwerker.accept(bind(batch));
                    }
                }
            }
        }
    }

    private Partij bind(List<ConsumerRecord<String, String>> batch) {
        // Binding is the rebuild's largest CPU cost and needs nothing from the transaction: it runs on all
        // cores; the events stay in stream order.
        List<Gebonden> gebonden = batch.parallelStream().map(this::bind).toList();
        List<ModelEvent> events = gebonden.stream().map(Gebonden::event).filter(Objects::nonNull).toList();
        return new Partij(events, gebonden.stream().filter(Gebonden::ongeldig).count());
    }

    /** A bound record: its event, or none when it is invalid (dead-lettered by the live consumer) or of an unknown type. */
    private record Gebonden(ModelEvent event, boolean ongeldig) {
    }

    private Gebonden bind(ConsumerRecord<String, String> record) {
        try {
            return new Gebonden(binding.bind(Topics.zonderPrefix(eventsConfig.topicPrefix(), record.topic()), record.key(), record.value()), false);
        } catch (OngeldigEvent e) {
            return new Gebonden(null, true);
        } catch (OnbekendEventType e) {
            return new Gebonden(null, false);
        }
    }
}
