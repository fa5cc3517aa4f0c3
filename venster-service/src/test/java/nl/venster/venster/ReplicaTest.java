package nl.venster.venster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.domain.ReplicaContactpersoon;
import nl.venster.venster.support.Eventually;
import nl.venster.venster.support.RegistryEvents;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/** The replica of the registry: idempotent, order-independent, and removals take the roles away. */
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
        // Malformed records are skipped without stopping the consumer.
        RegistryEvents.send("register.regios", code, "{not json");
        RegistryEvents.send("register.regios", code, RegistryEvents.event("nl.venster.register.regio.gewijzigd", "regio/" + code, 9,
                java.util.Map.of("code", code)));
        RegistryEvents.regioAndWait(code, "Na de rommel", LocalDate.of(2020, 1, 1), null, 4);
        assertEquals("Na de rommel", RegistryEvents.replicaRegio(code).naam);
    }
}
