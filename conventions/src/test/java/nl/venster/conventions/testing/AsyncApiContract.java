package nl.venster.conventions.testing;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AsyncAPI document (openapi/asyncapi.yaml) as the contract a service's published events are checked against:
 * its messages per channel address, with the data schemas made strict (a field the document does not describe fails
 * as well, so that payload records and document cannot drift apart in either direction).
 */
public record AsyncApiContract(Map<String, Map<String, JsonNode>> berichten, SchemaRegistry registry) {

    private static final String URI = "https://contract.venster.test/asyncapi.json";

    /** The messages of the channels whose address starts with {@code adresPrefix} (e.g. {@code "venster."}). */
    public static AsyncApiContract lees(String adresPrefix) throws IOException {
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
            // A dead-letter channel (e.g. venster.dead-letter) has no messages of its own: it carries others' records.
            if (address.startsWith(adresPrefix) && channel.has("messages")) {
                Map<String, JsonNode> perType = new LinkedHashMap<>();
                channel.path("messages").forEach(ref -> {
                    JsonNode message = document.at(ref.path("$ref").asText().substring(1));
                    perType.put(message.path("name").asText(), absoluut(message.path("payload").deepCopy()));
                });
                berichten.put(address, perType);
            }
        });
        return new AsyncApiContract(berichten, registry);
    }

    /**
     * Asserts that the events a service published (per topic, without prefix) cover exactly the document's channels and
     * message types and that each matches its message; returns the types seen.
     */
    public Set<String> controleer(Map<String, List<EventReader.Event>> gepubliceerd) {
        assertEquals(berichten.keySet(), gepubliceerd.keySet(), "the document's channels are the topics this service publishes to");
        List<String> afwijkingen = new ArrayList<>();
        Set<String> typen = new TreeSet<>();
        gepubliceerd.forEach((topic, events) -> {
            assertFalse(events.isEmpty(), "no event on " + topic);
            for (EventReader.Event event : events) {
                typen.add(event.type());
                afwijkingen.addAll(afwijkingen(topic, event.cloudEvent()));
            }
        });
        assertEquals(typen(), typen, "every message of the document's channels is published and checked");
        assertTrue(afwijkingen.isEmpty(), "published events that disagree with openapi/asyncapi.yaml:\n" + String.join("\n", afwijkingen));
        return typen;
    }

    /** Every message name (the CloudEvent type) of those channels. */
    public Set<String> typen() {
        Set<String> typen = new TreeSet<>();
        berichten.values().forEach(perType -> typen.addAll(perType.keySet()));
        return typen;
    }

    /** What is wrong with a published CloudEvent on the topic (without prefix); empty when it matches its message. */
    public List<String> afwijkingen(String topic, JsonNode cloudEvent) {
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
            object.path("properties").forEach(AsyncApiContract::streng);
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
            node.forEach(AsyncApiContract::absoluut);
        }
        return node;
    }
}
