package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.events.DeadLetters;
import nl.venster.conventions.events.EventTypes;
import nl.venster.conventions.testing.DeadLetterTopic;
import nl.venster.conventions.testing.Management;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.domain.ReplicaContactpersoon;
import nl.venster.venster.support.Eventually;
import nl.venster.venster.support.RegistryEvents;
import nl.venster.venster.support.Scenario;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The replica of the registry: idempotent, order-independent, removals take the roles away, and records that can
 * never be applied go to the dead-letter topic (the consumer failure policy).
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class ReplicaTest {

    @Test
    void olderSnapshotsAndDuplicatesChangeNothing() {
        String regio = Scenario.nieuweRegiocode();
        UUID id = UUID.randomUUID();
        RegistryEvents.contactpersoonAndWait(id, "Nieuw", "sub-" + id, 3, List.of(
                RegistryEvents.aanspreekpunt(regio, "gemeenten"), RegistryEvents.aanspreekpunt(regio, "zorgkantoor")));
        String nieuwer = RegistryEvents.event("nl.venster.register.contactpersoon.gewijzigd", "contactpersoon/" + id, 4,
                java.util.Map.of("id", id.toString(), "naam", "Nieuwer", "subject", "sub-" + id,
                        "rollen", List.of(RegistryEvents.aanspreekpunt(regio, "gemeenten")), "versie", 4));
        // An older version arrives late, the same event twice, then a newer one on the same key (same
        // partition): once that is applied, everything before it has been read.
        RegistryEvents.contactpersoon(id, "Oud", "sub-" + id, 2, List.of());
        RegistryEvents.send("register.contactpersonen", id.toString(), nieuwer);
        RegistryEvents.send("register.contactpersonen", id.toString(), nieuwer);
        RegistryEvents.contactpersoon(id, "Oud", "sub-" + id, 1, List.of());
        RegistryEvents.contactpersoonAndWait(id, "Vijf", "sub-" + id, 5, List.of(RegistryEvents.aanspreekpunt(regio, "zorgkantoor")));

        ReplicaContactpersoon contact = RegistryEvents.replicaContact(id);
        assertEquals("Vijf", contact.naam);
        assertEquals(1, contact.rollen.size());
        assertEquals(List.of(3L, 4L, 5L), AntwoordenTest.longs(
                "select (details->>'versie')::bigint from audit_log where resource_type = 'replica-contactpersoon'"
                        + " and resource_id = ? order by id", id.toString()),
                "the older snapshots and the duplicate changed nothing");
    }

    @Test
    void removalAndTombstoneTakeTheRolesAway() {
        String regio = Scenario.nieuweRegiocode();
        UUID id = UUID.randomUUID();
        RegistryEvents.contactpersoonAndWait(id, "Weg", "weg-" + id, 1, List.of(RegistryEvents.aanspreekpunt(regio, "gemeenten")));
        RegistryEvents.verwijderd(id, 2);
        Eventually.until("the removal is applied", () -> RegistryEvents.replicaContact(id).verwijderd);
        assertTrue(RegistryEvents.replicaContact(id).rollen.isEmpty());
        // A late snapshot cannot bring the person back.
        RegistryEvents.contactpersoon(id, "Terug", "weg-" + id, 1, List.of(RegistryEvents.aanspreekpunt(regio, "gemeenten")));

        UUID ander = UUID.randomUUID();
        RegistryEvents.contactpersoonAndWait(ander, "Tombstone", "ts-" + ander, 1, List.of(RegistryEvents.aanspreekpunt(regio, "zorgkantoor")));
        RegistryEvents.tombstone("register.contactpersonen", ander.toString());
        Eventually.until("the tombstone is applied", () -> RegistryEvents.replicaContact(ander).verwijderd);
        assertTrue(RegistryEvents.replicaContact(ander).rollen.isEmpty());
        assertTrue(RegistryEvents.replicaContact(id).rollen.isEmpty());
        assertEquals("Weg", RegistryEvents.replicaContact(id).naam);
    }

    @Test
    void regionsKeepTheirValidityAndIgnoreOlderVersions() {
        String code = Scenario.nieuweRegiocode();
        RegistryEvents.regioAndWait(code, "Eerst", LocalDate.of(2020, 1, 1), null, 2);
        RegistryEvents.regio(code, "Ouder", LocalDate.of(2019, 1, 1), null, 1);
        RegistryEvents.regioAndWait(code, "Beëindigd", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), 3);
        assertEquals("Beëindigd", RegistryEvents.replicaRegio(code).naam);
        assertEquals(LocalDate.of(2026, 1, 1), RegistryEvents.replicaRegio(code).geldigTot);
    }

    @Test
    void invalidRecordsGoToTheDeadLetterTopicWithTheirReasonAndLaterRecordsAreApplied() {
        String code = Scenario.nieuweRegiocode();
        RegistryEvents.regioAndWait(code, "Eerst", LocalDate.of(2020, 1, 1), null, 1);
        String onvolledig = RegistryEvents.event(EventTypes.REGIO_GEWIJZIGD, "regio/" + code, 9, Map.of("code", code));
        String toekomstig = RegistryEvents.event("nl.venster.register.regio.gesplitst", "regio/" + code, 10, Map.of("code", code));
        // A type of the contract on another topic than its own is misrouted, not newer: a dead letter, even though this
        // service does not consume that type itself.
        String misplaatst = RegistryEvents.event(EventTypes.OPVOLGING_VASTGELEGD, "regio/" + code, 11, Map.of("code", code));
        try (DeadLetterTopic deadLetters = DeadLetterTopic.atEnd()) {
            RegistryEvents.send("register.regios", code, "{not json");
            RegistryEvents.send("register.regios", code, onvolledig);
            RegistryEvents.send("register.regios", code, toekomstig);
            RegistryEvents.send("register.regios", code, misplaatst);
            RegistryEvents.regioAndWait(code, "Na de rommel", LocalDate.of(2020, 1, 1), null, 4);
            assertEquals("Na de rommel", RegistryEvents.replicaRegio(code).naam);

            List<ConsumerRecord<String, String>> letters = deadLetters.await(code, 3);
            assertEquals(3, letters.size(), "the unreadable, the incomplete and the misplaced record; the unknown type is no dead letter");
            assertEquals("{not json", letters.get(0).value());
            assertTrue(DeadLetterTopic.reason(letters.get(0)).contains("geen geldige CloudEvent-JSON"), DeadLetterTopic.reason(letters.get(0)));
            assertEquals(onvolledig, letters.get(1).value());
            assertTrue(DeadLetterTopic.reason(letters.get(1)).contains("onvolledige regio-snapshot"), DeadLetterTopic.reason(letters.get(1)));
            assertEquals(misplaatst, letters.get(2).value());
            assertEquals("type nl.venster.opvolging.vastgelegd hoort op venster.opvolgingen, niet op register.regios",
                    DeadLetterTopic.reason(letters.get(2)));
            String topic = ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("") + "register.regios";
            assertEquals(topic, DeadLetterTopic.header(letters.get(1), DeadLetters.TOPIC));
            assertTrue(Long.parseLong(DeadLetterTopic.header(letters.get(1), DeadLetters.OFFSET))
                    > Long.parseLong(DeadLetterTopic.header(letters.get(0), DeadLetters.OFFSET)));

            String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("events_dead_lettered_total") && l.contains("topic=\"" + topic + "\"")),
                    "dead letters are counted");
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("events_unknown_type_total")
                    && l.contains("type=\"nl.venster.register.regio.gesplitst\"")), "unknown types are counted");
        }
    }
}
