package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.venster.support.Scenario.antwoorden;
import static nl.venster.venster.support.Scenario.base;
import static nl.venster.venster.support.Scenario.indienen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.events.VensterEvents;
import nl.venster.venster.support.EventReader;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document is the contract of the venster.* events: every event type this service publishes, taken from
 * a real publish on the broker, must match its message there (CloudEvent envelope and data). The data is checked
 * strictly: a field the document does not describe fails as well, so that the payload records and the document cannot
 * drift apart in either direction.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class EventContractTest {

    private static final String URI = "https://contract.venster.test/asyncapi.json";

    @Test
    void everyPublishedEventMatchesItsMessageInTheAsyncApiDocument() throws IOException {
        Instant start = Instant.now();
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.conceptRonde();
        Scenario.zetStatus(jaar, "open");
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 6, 5), null).then().statusCode(201);
        indienen(regio.token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(4, 9, 7), null).then().statusCode(201);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("soort", "besproken", "toelichting", "Verschillen besproken in het regio-overleg"))
                .post(base() + "/rondes/" + jaar + "/regios/" + regio.code() + "/opvolgingen").then().statusCode(201);

        Map<String, List<EventReader.Event>> gepubliceerd = new LinkedHashMap<>();
        gepubliceerd.put(VensterEvents.RONDES, EventReader.read(VensterEvents.RONDES, "ronde/" + jaar, 2, start));
        gepubliceerd.put(VensterEvents.ANTWOORDEN, EventReader.read(VensterEvents.ANTWOORDEN, "antwoordset/" + jaar + "/" + regio.code() + "/", 2, start));
        gepubliceerd.put(VensterEvents.OPVOLGINGEN, EventReader.read(VensterEvents.OPVOLGINGEN, "opvolging/" + jaar + "/" + regio.code(), 1, start));
        assertEquals(2, gepubliceerd.get(VensterEvents.RONDES).size(), "created in concept, then opened");
        assertTrue(gepubliceerd.get(VensterEvents.RONDES).get(0).data().get("indeling").isNull(), "concept: no division yet");
        assertTrue(gepubliceerd.get(VensterEvents.RONDES).get(1).data().get("indeling").isArray(), "open: its fixed division");

        Contract contract = Contract.lees();
        assertEquals(Set.of(VensterEvents.RONDES, VensterEvents.ANTWOORDEN, VensterEvents.OPVOLGINGEN), contract.berichten.keySet(),
                "the document's venster.* channels are the topics this service publishes to");
        List<String> afwijkingen = new ArrayList<>();
        Set<String> typen = new TreeSet<>();
        gepubliceerd.forEach((topic, events) -> {
            assertFalse(events.isEmpty(), "no event on " + topic);
            for (EventReader.Event event : events) {
                typen.add(event.type());
                afwijkingen.addAll(contract.afwijkingen(topic, event.cloudEvent()));
            }
        });
        assertEquals(Set.of(VensterEvents.RONDE_GEWIJZIGD, VensterEvents.ANTWOORDSET_INGEDIEND, VensterEvents.OPVOLGING_VASTGELEGD), typen);
        assertEquals(contract.typen(), typen, "every venster.* message of the document is published and checked here");
        assertTrue(afwijkingen.isEmpty(), "published events that disagree with openapi/asyncapi.yaml:\n" + String.join("\n", afwijkingen));
    }

    /** The venster.* messages of openapi/asyncapi.yaml per channel address, with their payload schemas made strict. */
    private record Contract(Map<String, Map<String, JsonNode>> berichten, SchemaRegistry registry) {

        static Contract lees() throws IOException {
            JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("..", "openapi", "asyncapi.yaml")));
            // Strict data: every object schema of the data (not the CloudEvent envelope, whose allOf adds type and data)
            // admits only the properties it names.
            document.path("components").path("schemas").fields().forEachRemaining(schema -> {
                if (!schema.getKey().equals("CloudEvent")) {
                    streng(schema.getValue());
                }
            });
            SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(),
                    builder -> builder.schemas(Map.of(URI, document.toString())));
            Map<String, Map<String, JsonNode>> berichten = new LinkedHashMap<>();
            document.path("channels").forEach(channel -> {
                String address = channel.path("address").asText();
                // The dead-letter channel (venster.dead-letter) has no messages of its own: it carries the registry's records.
                if (address.startsWith("venster.") && channel.has("messages")) {
                    Map<String, JsonNode> perType = new LinkedHashMap<>();
                    channel.path("messages").forEach(ref -> {
                        JsonNode message = document.at(ref.path("$ref").asText().substring(1));
                        perType.put(message.path("name").asText(), absoluut(message.path("payload").deepCopy()));
                    });
                    berichten.put(address, perType);
                }
            });
            return new Contract(berichten, registry);
        }

        Set<String> typen() {
            Set<String> typen = new TreeSet<>();
            berichten.values().forEach(perType -> typen.addAll(perType.keySet()));
            return typen;
        }

        List<String> afwijkingen(String topic, JsonNode cloudEvent) {
            String type = cloudEvent.path("type").asText();
            JsonNode payload = berichten.getOrDefault(topic, Map.of()).get(type);
            if (payload == null) {
                return List.of(topic + ": the document has no message " + type + " on this channel");
            }
            return registry.getSchema(payload).validate(cloudEvent).stream()
                    .map((Error error) -> topic + " " + type + " " + cloudEvent.path("subject").asText() + ": " + error).toList();
        }

        private static void streng(JsonNode schema) {
            if (schema instanceof ObjectNode object) {
                if (object.has("properties") && !object.has("additionalProperties")) {
                    object.put("additionalProperties", false);
                }
                object.path("properties").forEach(Contract::streng);
                streng(object.get("items"));
            }
        }

        /** References inside the document, made absolute so that the payload resolves them in the registered document. */
        private static JsonNode absoluut(JsonNode node) {
            if (node instanceof ObjectNode object) {
                JsonNode ref = object.get("$ref");
                if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                    object.put("$ref", URI + ref.asText());
                }
                object.fields().forEachRemaining(field -> absoluut(field.getValue()));
            } else if (node != null && node.isArray()) {
                node.forEach(Contract::absoluut);
            }
            return node;
        }
    }
}
