package nl.venster.register.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import nl.venster.conventions.testing.TestJwtKeys;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Agenda snapshots reach the real broker through the outbox: one per change, keyed by the agenda id, in order. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class AgendaEventsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOPIC = "register.agendas";

    @Test
    void everyChangePublishesTheAgendaWithItsAfsprakenAndARemovedConceptATombstone() {
        String trekker = AgendaTest.persoon("Trekker Events", "events-" + UUID.randomUUID());
        AgendaTest.rol("ZK30", trekker, "trekker", "2020-01-01");
        String id = AgendaTest.maak("ZK30", AgendaTest.agenda("Agenda events", "2019-01-01", "2022-01-01",
                List.of("ouderen", "ggz"))).path("id");
        String afspraak = Api.beheerder().body(AgendaTest.afspraak("ggz", trekker)).post(Api.BASE + "/agendas/" + id + "/afspraken")
                .then().statusCode(201).extract().path("id");
        Api.beheerder().header("If-Match", "\"2\"").body(Map.of("vastgesteldOp", "2019-12-17", "vastgesteldDoor", "Overleg"))
                .post(Api.BASE + "/agendas/" + id + "/vaststelling").then().statusCode(200);
        String concept = AgendaTest.maak("ZK30", AgendaTest.agenda("Weg ermee", "2030-01-01", "2031-01-01", List.of("ouderen"))).path("id");
        Api.beheerder().header("If-Match", "\"1\"").delete(Api.BASE + "/agendas/" + concept).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = lees(List.of(id, concept), 3 + 3);
        List<JsonNode> vanAgenda = records.stream().filter(r -> r.key().equals(id)).map(r -> json(r.value())).toList();
        assertEquals(3, vanAgenda.size(), "created, afspraak added, adopted");
        for (int i = 0; i < 3; i++) {
            JsonNode event = vanAgenda.get(i);
            assertEquals("nl.venster.register.agenda.gewijzigd", event.get("type").asText());
            assertEquals("agenda/" + id, event.get("subject").asText());
            assertEquals(Integer.toString(i + 1), event.get("sequence").asText(), "in order, sequence = versie");
            assertEquals(i + 1, event.get("data").get("versie").asInt());
            assertEquals("ZK30", event.get("data").get("regio").asText());
            assertTrue(event.get("source").asText().matches("urn:nld:oin:[0-9]+:systeem:registry-service"));
            assertTrue(event.get("time").asText().endsWith("Z"));
        }
        JsonNode laatste = vanAgenda.get(2).get("data");
        assertEquals("vastgesteld", laatste.get("status").asText());
        assertEquals("2019-12-17", laatste.get("vastgesteldOp").asText());
        assertEquals(afspraak, laatste.get("afspraken").get(0).get("id").asText());
        assertEquals(trekker, laatste.get("afspraken").get(0).get("trekker").asText());
        assertEquals("gepland", laatste.get("afspraken").get(0).get("status").asText());
        assertEquals("Minder onnodige opnames", laatste.get("themas").get(0).get("doelen").get(0).get("omschrijving").asText());

        List<ConsumerRecord<String, String>> vanConcept = records.stream().filter(r -> r.key().equals(concept)).toList();
        assertEquals(3, vanConcept.size());
        assertEquals("nl.venster.register.agenda.verwijderd", json(vanConcept.get(1).value()).get("type").asText());
        assertEquals("2", json(vanConcept.get(1).value()).get("sequence").asText());
        assertNull(vanConcept.get(2).value(), "then a tombstone");
    }

    /** Reads the topic from a fresh consumer group until the expected records of these keys have arrived. */
    private static List<ConsumerRecord<String, String>> lees(List<String> sleutels, int verwacht) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "registry-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> gevonden = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("") + TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && gevonden.size() < verwacht) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (record.key() != null && sleutels.contains(record.key())) {
                        gevonden.add(record);
                    }
                }
            }
        }
        return gevonden;
    }

    private static JsonNode json(String waarde) {
        try {
            return MAPPER.readTree(waarde);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
