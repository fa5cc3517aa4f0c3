package nl.venster.register.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import nl.venster.conventions.testing.TestJwtKeys;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Region snapshots reach the real broker through the outbox: exactly one per change and touched region. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class RegioEventsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOPIC =
            ConfigProvider.getConfig().getValue("events.topic-prefix", String.class) + "register.regios";

    @Test
    void aRegionChangeProducesExactlyOneEventWithTheNewState() {
        String naam = "Kennemerland " + UUID.randomUUID();
        int versie = Api.beheerder().body(Map.of("naam", naam, "zorgkantoorregio", "ZK11",
                        "themas", List.of("ouderen", "ggz", "preventie", "wonen")))
                .put(Api.BASE + "/regios/ZK11").then().statusCode(200).extract().path("versie");

        List<JsonNode> events = lees(e -> e.path("data").path("naam").asText().equals(naam), 1);
        assertEquals(1, events.size(), "exactly one event carries the change");
        JsonNode event = events.get(0);
        assertEquals("nl.venster.register.regio.gewijzigd", event.get("type").asText());
        assertEquals("regio/ZK11", event.get("subject").asText());
        assertEquals(Integer.toString(versie), event.get("sequence").asText());
        assertEquals(versie, event.get("data").get("versie").asInt());
        assertEquals("wonen", event.get("data").get("themas").get(3).asText());
        assertEquals(9, event.get("data").get("leden").size(), "the snapshot includes the members");
        assertTrue(event.get("data").get("leden").get(0).has("gemeentenaam"));
    }

    @Test
    void aMoveBetweenTwoRegionsPublishesOneSnapshotPerTouchedRegion() {
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(5);
        String gemeente = Api.gemeentecodes("ZK10", "2029-06-01").get(0);
        Api.beheerder().body(Map.of("ingangsdatum", "2029-06-01", "gemeenten", List.of(gemeente)))
                .post(Api.BASE + "/regios/ZK33/lidmaatschappen").then().statusCode(200);
        int versieZk10 = Api.lezer().get(Api.BASE + "/regios/ZK10").then().extract().path("versie");
        int versieZk33 = Api.lezer().get(Api.BASE + "/regios/ZK33").then().extract().path("versie");

        Predicate<JsonNode> vanDezeVerplaatsing = e -> OffsetDateTime.parse(e.path("time").asText()).isAfter(start)
                && e.path("data").path("leden").toString().contains("2029-06-01");
        List<JsonNode> events = lees(vanDezeVerplaatsing.and(e -> e.path("subject").asText().matches("regio/ZK(10|33)")), 2);
        assertEquals(2, events.size());
        JsonNode zk10 = events.stream().filter(e -> e.get("subject").asText().equals("regio/ZK10")).findFirst().orElseThrow();
        JsonNode zk33 = events.stream().filter(e -> e.get("subject").asText().equals("regio/ZK33")).findFirst().orElseThrow();
        assertEquals(Integer.toString(versieZk10), zk10.get("sequence").asText());
        assertEquals(Integer.toString(versieZk33), zk33.get("sequence").asText());
        assertTrue(zk33.get("data").get("leden").toString().contains("\"gemeentecode\":\"" + gemeente + "\",\"gemeentenaam\""));
    }

    /** Reads the whole topic from a fresh consumer group, keeping a little reading after the expected count. */
    private static List<JsonNode> lees(Predicate<JsonNode> filter, int verwacht) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "registry-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<JsonNode> gevonden = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long rustig = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, rustig)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (record.value() == null) {
                        continue;
                    }
                    JsonNode event = json(record.value());
                    // The topic is shared with other services' tests, which may publish their own test records.
                    if (event != null && event.path("source").asText().endsWith(":systeem:registry-service")
                            && event.path("data").isObject() && filter.test(event)) {
                        assertEquals(event.get("data").get("code").asText(), record.key(), "record key is the region code");
                        gevonden.add(event);
                    }
                }
                if (gevonden.size() >= verwacht && rustig == Long.MAX_VALUE) {
                    rustig = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return gevonden;
    }

    private static JsonNode json(String waarde) {
        try {
            return MAPPER.readTree(waarde);
        } catch (IOException e) {
            return null;
        }
    }
}
