package nl.venster.rapportage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Publishes events as the registry and venster services do (structured CloudEvents, key per channel,
 * {@code sequence} = version) to the {@code test.} topics. Should move to conventions' test-jar as a
 * generic CloudEvent test publisher.
 */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private Events() {
    }

    static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    static String prefix() {
        return ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("");
    }

    /** Sends and waits for the broker's acknowledgement, so the order on a partition is the call order. */
    static void publiceer(String topic, String key, String value) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(prefix() + topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode cloudEvent(UUID id, String type, String subject, long sequence, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", "urn:nld:oin:00000000000000000000:systeem:test");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.put("sequence", String.valueOf(sequence));
        event.put("sequencetype", "Integer");
        event.set("data", data);
        return event;
    }

    static String regioEvent(UUID id, String code, String naam, String zorgkantoorregio, LocalDate vanaf, LocalDate tot, long versie) {
        ObjectNode data = JSON.createObjectNode();
        data.put("code", code);
        data.put("naam", naam);
        data.put("zorgkantoorregio", zorgkantoorregio);
        data.putNull("voortouwZorgverzekeraar");
        data.putArray("themas").add("ouderen").add("ggz").add("preventie");
        data.put("geldigVanaf", vanaf.toString());
        data.put("geldigTot", tot == null ? null : tot.toString());
        data.putArray("leden");
        data.put("versie", versie);
        return cloudEvent(id, "nl.venster.register.regio.gewijzigd", "regio/" + code, versie, data).toString();
    }

    /** A region with memberships: per gemeente {code, naam, vanaf, tot or null}. */
    static void regioMetLeden(String code, String naam, String zorgkantoorregio, LocalDate vanaf, LocalDate tot, long versie,
                              List<String[]> leden) {
        ObjectNode event = (ObjectNode) parse(regioEvent(UUID.randomUUID(), code, naam, zorgkantoorregio, vanaf, tot, versie));
        ArrayNode lijst = ((ObjectNode) event.get("data")).putArray("leden");
        for (String[] lid : leden) {
            lijst.addObject().put("gemeentecode", lid[0]).put("gemeentenaam", lid[1]).put("vanaf", lid[2]).put("tot", lid[3]);
        }
        publiceer("register.regios", code, event.toString());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void regio(String code, String naam, String zorgkantoorregio, LocalDate vanaf, LocalDate tot, long versie) {
        publiceer("register.regios", code, regioEvent(UUID.randomUUID(), code, naam, zorgkantoorregio, vanaf, tot, versie));
    }

    /** A round with the three default questions on a 1–10 scale, voldoendeGrens 6 and spreidingsGrens 3. */
    static String rondeEvent(UUID id, int jaar, String status, LocalDate opent, long versie) {
        ObjectNode data = JSON.createObjectNode();
        data.put("jaar", jaar);
        data.put("status", status);
        data.put("opent", opent.atTime(9, 0).atOffset(ZoneOffset.UTC).toString());
        data.put("sluit", opent.plusDays(60).atTime(17, 0).atOffset(ZoneOffset.UTC).toString());
        ArrayNode vragen = data.putArray("vragen");
        for (String vraag : new String[] {"proces", "agenda", "resultaten"}) {
            vragen.addObject().put("code", vraag).put("tekst", "Bent u tevreden over de " + vraag + "?").put("schaal", "rapportcijfer");
        }
        data.put("voldoendeGrens", 6);
        data.put("spreidingsGrens", 3);
        data.put("versie", versie);
        return cloudEvent(id, "nl.venster.ronde.gewijzigd", "ronde/" + jaar, versie, data).toString();
    }

    /** A round event with the division the venster-service fixed when the round opened. */
    static void ronde(int jaar, String status, LocalDate opent, long versie, com.fasterxml.jackson.databind.JsonNode indeling) {
        ObjectNode event = (ObjectNode) leesJson(rondeEvent(UUID.randomUUID(), jaar, status, opent, versie));
        ((ObjectNode) event.get("data")).set("indeling", indeling);
        publiceer("venster.rondes", String.valueOf(jaar), event.toString());
    }

    private static com.fasterxml.jackson.databind.JsonNode leesJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void ronde(int jaar, String status, LocalDate opent, long versie) {
        publiceer("venster.rondes", String.valueOf(jaar), rondeEvent(UUID.randomUUID(), jaar, status, opent, versie));
    }

    static String antwoordsetEvent(UUID id, int jaar, String regio, String financier, long versie, int proces, int agenda, int resultaten) {
        ObjectNode data = JSON.createObjectNode();
        data.put("jaar", jaar);
        data.put("regio", regio);
        data.put("financier", financier);
        data.put("versie", versie);
        data.put("ingediendOp", "2026-02-01T10:00:00Z");
        ArrayNode antwoorden = data.putArray("antwoorden");
        antwoorden.addObject().put("vraag", "proces").put("score", proces).put("toelichting", "toelichting " + financier);
        antwoorden.addObject().put("vraag", "agenda").put("score", agenda).putNull("toelichting");
        antwoorden.addObject().put("vraag", "resultaten").put("score", resultaten).putNull("toelichting");
        return cloudEvent(id, "nl.venster.antwoordset.ingediend", "antwoordset/" + jaar + "/" + regio + "/" + financier,
                versie, data).toString();
    }

    static void antwoordset(int jaar, String regio, String financier, long versie, int proces, int agenda, int resultaten) {
        publiceer("venster.antwoorden", jaar + "/" + regio,
                antwoordsetEvent(UUID.randomUUID(), jaar, regio, financier, versie, proces, agenda, resultaten));
    }

    /** All three financiers, version 1, the same three scores per financier as given. */
    static void drieAntwoorden(int jaar, String regio, int[] gemeenten, int[] zorgverzekeraar, int[] zorgkantoor) {
        antwoordset(jaar, regio, "gemeenten", 1, gemeenten[0], gemeenten[1], gemeenten[2]);
        antwoordset(jaar, regio, "zorgverzekeraar", 1, zorgverzekeraar[0], zorgverzekeraar[1], zorgverzekeraar[2]);
        antwoordset(jaar, regio, "zorgkantoor", 1, zorgkantoor[0], zorgkantoor[1], zorgkantoor[2]);
    }

    static String opvolgingEvent(UUID eventId, UUID id, int jaar, String regio, String soort, long volgnummer) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", id.toString());
        data.put("jaar", jaar);
        data.put("regio", regio);
        data.put("soort", soort);
        data.put("toelichting", "Opvolging " + soort);
        data.put("vastgelegdOp", "2026-03-01T10:00:00Z");
        data.put("volgnummer", volgnummer);
        return cloudEvent(eventId, "nl.venster.opvolging.vastgelegd", "opvolging/" + jaar + "/" + regio, volgnummer, data).toString();
    }

    static void opvolging(int jaar, String regio, String soort, long volgnummer) {
        publiceer("venster.opvolgingen", jaar + "/" + regio, opvolgingEvent(UUID.randomUUID(), UUID.randomUUID(), jaar, regio, soort, volgnummer));
    }

    /** Polls until the value satisfies the condition (asynchronous effects; no timed assertions). */
    static <T> T wachtTot(Supplier<T> waarde, Predicate<T> conditie, String wat) {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        T laatste = null;
        while (System.nanoTime() < deadline) {
            try {
                laatste = waarde.get();
                if (conditie.test(laatste)) {
                    return laatste;
                }
            } catch (RuntimeException | AssertionError e) {
                // not there yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("niet bereikt binnen 150 s: " + wat + " (laatste waarde: " + laatste + ")");
    }
}
