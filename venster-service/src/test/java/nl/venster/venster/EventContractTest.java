package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.venster.support.Scenario.antwoorden;
import static nl.venster.venster.support.Scenario.base;
import static nl.venster.venster.support.Scenario.indienen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.venster.conventions.testing.AsyncApiContract;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.events.VensterEvents;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document is the contract of the venster.* events: every event type this service publishes, taken from
 * a real publish on the broker, must match its message there (CloudEvent envelope and strictly checked data).
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class EventContractTest {

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

        Set<String> typen = AsyncApiContract.lees("venster.").controleer(gepubliceerd);
        assertEquals(Set.of(VensterEvents.RONDE_GEWIJZIGD, VensterEvents.ANTWOORDSET_INGEDIEND, VensterEvents.OPVOLGING_VASTGELEGD), typen);
    }
}
