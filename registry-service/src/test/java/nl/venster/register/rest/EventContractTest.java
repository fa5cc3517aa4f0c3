package nl.venster.register.rest;


import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.events.Topics;
import nl.venster.conventions.testing.AsyncApiContract;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document is the contract of the register.* events: every event type this service publishes, taken from
 * a real publish on the broker, must match its message there (CloudEvent envelope and strictly checked data).
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class EventContractTest {

    @Test
    void everyPublishedEventMatchesItsMessageInTheAsyncApiDocument() throws IOException {
        Instant start = Instant.now().minusSeconds(1);
        String naam = "Contract " + UUID.randomUUID();
        Api.beheerder().body(Map.of("naam", naam, "zorgkantoorregio", "ZK14", "themas", List.of("ouderen", "ggz", "preventie")))
                .put(Api.BASE + "/regios/ZK14").then().statusCode(200);
        String trekker = Api.beheerder().body(Map.of("naam", "Trekker Contract", "subject", "contract-" + UUID.randomUUID(),
                        "email", "trekker.contract@example.nl", "organisatie", "Gemeente Utrecht"))
                .post(Api.BASE + "/contactpersonen").then().statusCode(201).extract().path("id");
        AgendaTest.rol("ZK14", trekker, "trekker", "2020-01-01");
        String agenda = AgendaTest.maak("ZK14", AgendaTest.agenda("Agenda contract", "2019-01-01", "2022-01-01", List.of("ggz")))
                .path("id");
        Api.beheerder().body(AgendaTest.afspraak("ggz", trekker)).post(Api.BASE + "/agendas/" + agenda + "/afspraken")
                .then().statusCode(201);
        String weg = Api.beheerder().body(Map.of("naam", "Zonder historie", "subject", "contract-" + UUID.randomUUID()))
                .post(Api.BASE + "/contactpersonen").then().statusCode(201).extract().path("id");
        Api.beheerder().delete(Api.BASE + "/contactpersonen/" + weg).then().statusCode(204);
        String concept = AgendaTest.maak("ZK14", AgendaTest.agenda("Concept contract", "2031-01-01", "2032-01-01", List.of("ggz")))
                .path("id");
        Api.beheerder().header("If-Match", "\"1\"").delete(Api.BASE + "/agendas/" + concept).then().statusCode(204);

        Map<String, List<EventReader.Event>> gepubliceerd = new LinkedHashMap<>();
        gepubliceerd.put(Topics.REGIOS, EventReader.read(Topics.REGIOS, "regio/ZK14", 1, start).stream()
                .filter(e -> e.data().path("naam").asText().equals(naam)).toList());
        List<EventReader.Event> personen = new ArrayList<>(EventReader.read(Topics.CONTACTPERSONEN, "contactpersoon/" + trekker, 2, start));
        personen.addAll(EventReader.read(Topics.CONTACTPERSONEN, "contactpersoon/" + weg, 2, start));
        gepubliceerd.put(Topics.CONTACTPERSONEN, personen);
        gepubliceerd.put(Topics.CONTACTADRESSEN, EventReader.read(Topics.CONTACTADRESSEN, "contactpersoon/" + trekker, 1, start));
        List<EventReader.Event> agendas = new ArrayList<>(EventReader.read(Topics.AGENDAS, "agenda/" + agenda, 2, start));
        agendas.addAll(EventReader.read(Topics.AGENDAS, "agenda/" + concept, 2, start));
        gepubliceerd.put(Topics.AGENDAS, agendas);

        AsyncApiContract.lees("register.").controleer(gepubliceerd);
    }
}
