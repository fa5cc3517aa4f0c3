package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static nl.venster.venster.support.Scenario.base;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.repository.ReplicaAfspraakRepository;
import nl.venster.venster.support.Eventually;
import nl.venster.venster.support.RegistryEvents;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/** A follow-up actie-afgesproken names the afspraak of the region's agenda it created, checked against the replica. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class AfspraakKoppelingTest {

    private static void agenda(UUID id, String regio, long versie, List<UUID> afspraken) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("regio", regio);
        data.put("titel", "Werkagenda");
        data.put("status", "vastgesteld");
        data.put("afspraken", afspraken.stream().map(a -> Map.of("id", a.toString(), "thema", "ggz", "status", "loopt")).toList());
        data.put("versie", versie);
        RegistryEvents.send("register.agendas", id.toString(), RegistryEvents.event("nl.venster.register.agenda.gewijzigd",
                "agenda/" + id, versie, data));
    }

    private static boolean bekend(UUID afspraak) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(ReplicaAfspraakRepository.class).get()
                .findByIdOptional(afspraak).isPresent());
    }

    @Test
    void anActionNamesAnAfspraakOfItsOwnRegionOnly() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        Scenario.Regio andere = Scenario.regioMetAanspreekpunten();
        UUID eigen = UUID.randomUUID();
        UUID elders = UUID.randomUUID();
        UUID vervallen = UUID.randomUUID();
        UUID agenda = UUID.randomUUID();
        agenda(agenda, regio.code(), 2, List.of(eigen));
        agenda(agenda, regio.code(), 1, List.of(vervallen));
        agenda(UUID.randomUUID(), andere.code(), 1, List.of(elders));
        Eventually.until("replica knows the afspraken", () -> bekend(eigen) && bekend(elders));
        assertEquals(false, bekend(vervallen), "an older snapshot delivered late changes nothing");

        int jaar = Scenario.openRonde();
        String pad = base() + "/rondes/" + jaar + "/regios/" + regio.code() + "/opvolgingen";
        given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "actie-afgesproken", "toelichting", "Afspraak over de GGZ-keten", "afspraak", eigen.toString()))
                .post(pad).then().statusCode(201).body("afspraak", equalTo(eigen.toString()));
        assertProblem(given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "actie-afgesproken", "toelichting", "x", "afspraak", elders.toString())).post(pad).then(), 400)
                .body("invalidParams.name", equalTo(List.of("afspraak")));
        assertProblem(given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "besproken", "toelichting", "x", "afspraak", eigen.toString())).post(pad).then(), 400)
                .body("invalidParams.name", equalTo(List.of("afspraak")));
        assertProblem(given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "actie-afgesproken", "toelichting", "x", "afspraak", UUID.randomUUID().toString())).post(pad).then(), 400);
        given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "besproken", "toelichting", "Zonder afspraak")).post(pad).then().statusCode(201)
                .body("afspraak", nullValue());
        given().auth().oauth2(regio.token("zorgkantoor")).get(pad).then().statusCode(200).header("X-Total-Count", "2");

        List<EventReader.Event> events = EventReader.read("venster.opvolgingen", "opvolging/" + jaar + "/" + regio.code(), 2);
        assertEquals(eigen.toString(), events.get(0).data().get("afspraak").asText());
        assertEquals(true, events.get(1).data().get("afspraak").isNull());
    }
}
