package nl.venster.rapportage.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.rapportage.events.EventData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The consumed payload records against the event contract, openapi/asyncapi.yaml: every field a record binds is a
 * property of the payload's schema there, with the matching JSON type and format, so a field renamed, removed or
 * retyped in the contract fails here instead of being bound as absent. (Which fields are required, their forms and
 * bounds are the binding's checks, see {@link EventBindingTest}.)
 */
class EventDataContractTest {

    private static JsonNode components;

    @BeforeAll
    static void leesContract() throws Exception {
        components = new YAMLMapper().readTree(Files.readString(Path.of("..", "openapi", "asyncapi.yaml"))).get("components");
    }

    private static JsonNode schema(String naam) {
        return components.get("schemas").get(naam);
    }

    private static JsonNode items(JsonNode schema, String lijst) {
        return schema.get("properties").get(lijst).get("items");
    }

    /** The inline {@code data} schema of a message. */
    private static JsonNode data(String bericht) {
        for (JsonNode deel : components.get("messages").get(bericht).get("payload").get("allOf")) {
            if (deel.has("properties") && deel.get("properties").has("data")) {
                return deel.get("properties").get("data");
            }
        }
        throw new AssertionError("no data schema in message " + bericht);
    }

    @Test
    void elkGebondenVeldStaatInHetContractMetHetZelfdeType() {
        JsonNode regio = schema("Regio");
        JsonNode agenda = schema("Agenda");
        JsonNode thema = items(agenda, "themas");
        JsonNode ronde = schema("Ronde");
        JsonNode indeling = items(ronde, "indeling");
        JsonNode antwoordset = schema("Antwoordset");
        Map<Class<? extends Record>, JsonNode> schemas = Map.ofEntries(
                Map.entry(EventData.Regio.class, regio),
                Map.entry(EventData.Lid.class, items(regio, "leden")),
                Map.entry(EventData.Agenda.class, agenda),
                Map.entry(EventData.Afspraak.class, items(agenda, "afspraken")),
                Map.entry(EventData.AgendaThema.class, thema),
                Map.entry(EventData.Doel.class, items(thema, "doelen")),
                Map.entry(EventData.AgendaVerwijderd.class, data("AgendaVerwijderd")),
                Map.entry(EventData.Ronde.class, ronde),
                Map.entry(EventData.Vraag.class, items(ronde, "vragen")),
                Map.entry(EventData.IndelingRegio.class, indeling),
                Map.entry(EventData.IndelingGemeente.class, items(indeling, "gemeenten")),
                Map.entry(EventData.Antwoordset.class, antwoordset),
                Map.entry(EventData.Antwoord.class, items(antwoordset, "antwoorden")),
                Map.entry(EventData.Opvolging.class, schema("Opvolging")));
        assertEquals(EventData.class.getDeclaredClasses().length, schemas.size(), "every payload record is checked");
        List<String> afwijkingen = new ArrayList<>();
        schemas.forEach((record, schema) -> {
            for (RecordComponent veld : record.getRecordComponents()) {
                JsonNode eigenschap = schema.get("properties").get(veld.getName());
                String plek = record.getSimpleName() + "." + veld.getName();
                if (eigenschap == null) {
                    afwijkingen.add(plek + " is not in the contract");
                } else if (!typePast(veld.getType(), schema(eigenschap))) {
                    afwijkingen.add(plek + " is " + veld.getType().getSimpleName() + ", the contract says " + eigenschap);
                }
            }
        });
        assertTrue(afwijkingen.isEmpty(), String.join("\n", afwijkingen));
    }

    @Test
    void hetContractWordtEchtGelezen() {
        assertFalse(schema("Ronde").get("properties").isEmpty());
        assertTrue(typePast(Integer.class, schema("Ronde").get("properties").get("jaar")));
        assertFalse(typePast(String.class, schema("Ronde").get("properties").get("jaar")));
        assertFalse(typePast(LocalDate.class, schema("Ronde").get("properties").get("opent")), "date-time is no date");
    }

    /** A property given by reference (e.g. Financier) stands for the referenced schema. */
    private static JsonNode schema(JsonNode eigenschap) {
        JsonNode ref = eigenschap.get("$ref");
        return ref == null ? eigenschap : schema(ref.asText().substring(ref.asText().lastIndexOf('/') + 1));
    }

    private static boolean typePast(Class<?> type, JsonNode eigenschap) {
        String format = eigenschap.path("format").asText("");
        if (type == String.class) {
            return heeftType(eigenschap, "string") && format.isEmpty() || eigenschap.has("const") || eigenschap.has("enum");
        }
        if (type == Integer.class || type == Long.class) {
            return heeftType(eigenschap, "integer");
        }
        if (type == LocalDate.class) {
            return heeftType(eigenschap, "string") && format.equals("date");
        }
        if (type == OffsetDateTime.class) {
            return heeftType(eigenschap, "string") && format.equals("date-time");
        }
        if (type == UUID.class) {
            return heeftType(eigenschap, "string") && format.equals("uuid");
        }
        return type == List.class && heeftType(eigenschap, "array");
    }

    /** {@code type: x}, or {@code type: [x, 'null']} for a nullable field. */
    private static boolean heeftType(JsonNode eigenschap, String type) {
        JsonNode waarde = eigenschap.get("type");
        if (waarde == null) {
            return false;
        }
        if (waarde.isArray()) {
            for (JsonNode t : waarde) {
                if (t.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return waarde.asText().equals(type);
    }
}
