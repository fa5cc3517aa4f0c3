package nl.venster.conventions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import nl.venster.conventions.events.CloudEvent;
import nl.venster.conventions.events.Outbox;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The transactional outbox of a publishing service, end to end through the real broker. */
public abstract class OutboxRelayContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void committedEventsArePublishedOnceAsCloudEventsAndRolledBackOnesNever() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String topic = "platform-outbox-" + UUID.randomUUID();
        String prefixedTopic = ConfigProvider.getConfig().getValue("events.topic-prefix", String.class) + topic;
        Outbox outbox = Arc.container().instance(Outbox.class).get();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(prefixedTopic, 1, (short) 1))).all().get();
            try {
                CloudEvent committed = QuarkusTransaction.requiringNew().call(() ->
                        outbox.publish(topic, "ZK01", "nl.venster.test.iets-gebeurd", "regio/ZK01", 3, Map.of("naam", "Noord")));
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        outbox.publish(topic, "ZK02", "nl.venster.test.iets-gebeurd", "regio/ZK02", 1, Map.of("naam", "Zuid"));
                        throw new IllegalStateException("the change fails, so its event must not exist");
                    });
                } catch (IllegalStateException expected) {
                    // rolled back
                }
                QuarkusTransaction.requiringNew().run(() -> outbox.tombstone(topic, "ZK03"));

                List<ConsumerRecord<String, String>> records = readAll(bootstrap, prefixedTopic, 2);
                assertEquals(2, records.size(), "one committed event and one tombstone, nothing rolled back");
                ConsumerRecord<String, String> event = records.get(0);
                assertEquals("ZK01", event.key());
                assertEquals(CloudEvent.CONTENT_TYPE,
                        new String(event.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
                JsonNode json = MAPPER.readTree(event.value());
                assertEquals("1.0", json.get("specversion").asText());
                assertEquals(committed.id(), json.get("id").asText());
                assertTrue(json.get("source").asText().matches("urn:nld:oin:\\d{20}:systeem:[a-z-]+"));
                assertEquals("nl.venster.test.iets-gebeurd", json.get("type").asText());
                assertEquals("3", json.get("sequence").asText());
                assertTrue(json.get("time").asText().endsWith("Z"), "time is UTC");
                assertEquals("Noord", json.get("data").get("naam").asText());
                assertEquals("ZK03", records.get(1).key());
                assertNull(records.get(1).value(), "a tombstone has no value");

                DataSource dataSource = Arc.container().instance(DataSource.class).get();
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement count = connection.prepareStatement(
                             "select count(*) from outbox_event where topic = ? and published_at is null")) {
                    count.setString(1, prefixedTopic);
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        assertEquals(0, result.getInt(1), "published rows are marked");
                    }
                }
            } finally {
                admin.deleteTopics(List.of(prefixedTopic)).all().get();
            }
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // Keep reading a little after the expected count, so that a duplicate would be seen.
            long settle = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settle)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record);
                }
                if (records.size() >= expected && settle == Long.MAX_VALUE) {
                    settle = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                }
            }
        }
        assertNotNull(records);
        return records;
    }
}
