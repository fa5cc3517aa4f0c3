package nl.venster.rapportage;

import static io.restassured.RestAssured.given;
import static nl.venster.rapportage.Events.JSON;
import static nl.venster.rapportage.Events.wachtTot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Samenwerkingsagenda's from register.agendas in the reports: region detail, national overview, history, rebuild. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class AgendaRapportageTest {

    private static final String BASE = "/api/rapportage/v1";
    private final String lezer = TestTokens.lezer("rapportage-lezer");

    private JsonNode get(String path) {
        try {
            return JSON.readTree(given().auth().oauth2(lezer).get(BASE + path).then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An agenda snapshot as the registry publishes it; afspraken given as "thema:status". */
    static String agendaEvent(UUID id, String regio, String titel, String status, LocalDate vanaf, LocalDate tot,
                              LocalDate vastgesteldOp, LocalDate afgelopenOp, long versie, List<String> themas, List<String> afspraken) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", id.toString());
        data.put("regio", regio);
        data.put("titel", titel);
        data.put("looptijdVanaf", vanaf.toString());
        data.put("looptijdTot", tot.toString());
        data.put("gedeeldeAmbitie", "Samen zorgen voor passende zorg");
        data.put("status", status);
        data.put("vastgesteldOp", vastgesteldOp == null ? null : vastgesteldOp.toString());
        data.put("vastgesteldDoor", vastgesteldOp == null ? null : "Portefeuillehoudersoverleg");
        data.put("afgelopenOp", afgelopenOp == null ? null : afgelopenOp.toString());
        data.putArray("betrokkenPartijen").addObject().put("naam", "Provincie").put("soort", "provincie").put("rol", "partner");
        ArrayNode themaLijst = data.putArray("themas");
        for (String thema : themas) {
            ObjectNode t = themaLijst.addObject();
            t.put("thema", thema);
            t.put("opgave", "Opgave " + thema);
            t.putArray("doelen").addObject().put("omschrijving", "Doel " + thema).put("indicator", "indicator")
                    .put("nulwaarde", "10").put("streefwaarde", "5").put("streefdatum", tot.toString());
            t.putArray("knelpunten").add("knelpunt");
            t.putArray("oplossingsrichtingen").add("richting");
        }
        ArrayNode afspraakLijst = data.putArray("afspraken");
        for (String afspraak : afspraken) {
            String[] delen = afspraak.split(":");
            afspraakLijst.addObject().put("id", UUID.randomUUID().toString()).put("thema", delen[0]).put("omschrijving", "Afspraak")
                    .put("trekker", UUID.randomUUID().toString()).put("geplandeStart", vanaf.toString()).put("geplandEinde", vanaf.toString())
                    .put("status", delen[1]).put("voortgangAantal", 0).putNull("laatsteVoortgang").put("versie", 1)
                    .putArray("financiers").add("gemeenten");
        }
        data.put("versie", versie);
        return Events.cloudEvent(UUID.randomUUID(), "nl.venster.register.agenda.gewijzigd", "agenda/" + id, versie, data).toString();
    }

    static String verwijderdEvent(UUID id, String regio, long versie) {
        ObjectNode data = JSON.createObjectNode().put("id", id.toString()).put("regio", regio).put("versie", versie);
        return Events.cloudEvent(UUID.randomUUID(), "nl.venster.register.agenda.verwijderd", "agenda/" + id, versie, data).toString();
    }

    private static JsonNode zonderAgenda(JsonNode overzicht, String regio) {
        for (JsonNode rij : overzicht.at("/agendas/regiosZonderAgenda")) {
            if (rij.get("regio").asText().equals(regio)) {
                return rij;
            }
        }
        return JSON.createObjectNode();
    }

    @Test
    void agendasInDetailOverviewAndHistoryAlsoAfterARebuild() {
        Scenario s = new Scenario();
        String a = s.regio("AGA");
        String b = s.regio("AGB");
        String c = s.regio("AGC");
        for (String r : List.of(a, b, c)) {
            s.regio(r, "Agenda " + r, "ZK95");
        }
        LocalDate dag = s.openingsdag;
        Events.ronde(s.jaar - 1, "gesloten", dag, 1);
        Events.ronde(s.jaar, "open", dag.plusDays(1), 1);

        // A: adopted, in force on the first round's day only; a concept for the time after.
        UUID agendaA = UUID.randomUUID();
        Events.publiceer("register.agendas", agendaA.toString(), agendaEvent(agendaA, a, "Werkagenda A", "vastgesteld",
                dag.minusYears(1), dag.plusDays(1), dag.minusDays(30), null, 3, List.of("ouderen", "ggz", "preventie"),
                List.of("ggz:loopt", "ggz:vertraagd", "ouderen:gepland")));
        UUID conceptA = UUID.randomUUID();
        Events.publiceer("register.agendas", conceptA.toString(), agendaEvent(conceptA, a, "Volgende agenda A", "concept",
                dag.plusDays(1), dag.plusYears(3), null, null, 1, List.of("ggz"), List.of()));
        // C: adopted (version 2), then its older version 1 arrives late and changes nothing; a removed concept.
        UUID agendaC = UUID.randomUUID();
        Events.publiceer("register.agendas", agendaC.toString(), agendaEvent(agendaC, c, "Agenda C", "vastgesteld",
                dag.minusYears(2), dag.plusYears(2), dag.minusYears(1), null, 2, List.of("preventie"), List.of("preventie:afgerond")));
        Events.publiceer("register.agendas", agendaC.toString(), agendaEvent(agendaC, c, "Agenda C (concept)", "concept",
                dag.minusYears(2), dag.plusYears(2), null, null, 1, List.of("preventie"), List.of()));
        // B: a concept, seen in the overview, then removed (removal event and tombstone): it is gone again.
        UUID weg = UUID.randomUUID();
        Events.publiceer("register.agendas", weg.toString(), agendaEvent(weg, b, "Weggegooid", "concept",
                dag.minusYears(1), dag.plusYears(1), null, null, 1, List.of("ggz"), List.of()));
        wachtTot(() -> get("/rondes/" + (s.jaar - 1) + "/overzicht"), o -> zonderAgenda(o, b).path("conceptInVoorbereiding").asBoolean(),
                "B's concept verwerkt");
        Events.publiceer("register.agendas", weg.toString(), verwijderdEvent(weg, b, 2));
        Events.publiceer("register.agendas", weg.toString(), null);

        // A follow-up actie-afgesproken names the afspraak it created: the region's detail shows it.
        UUID afspraak = UUID.randomUUID();
        ObjectNode opvolging = (ObjectNode) Events.JSON.valueToTree(Map.of("id", UUID.randomUUID().toString(),
                "jaar", s.jaar - 1, "regio", a, "soort", "actie-afgesproken", "toelichting", "Actie op de GGZ-keten",
                "vastgelegdOp", "2026-03-01T10:00:00Z", "volgnummer", 1, "afspraak", afspraak.toString()));
        Events.publiceer("venster.opvolgingen", (s.jaar - 1) + "/" + a, Events.cloudEvent(UUID.randomUUID(),
                "nl.venster.opvolging.vastgelegd", "opvolging/" + (s.jaar - 1) + "/" + a, 1, opvolging).toString());

        JsonNode vorig = wachtTot(() -> get("/rondes/" + (s.jaar - 1) + "/overzicht"),
                o -> o.at("/agendas/metVastgesteldeAgenda").asLong() == 2 && o.at("/aantalRegios").asInt() == 3
                        && !zonderAgenda(o, b).path("conceptInVoorbereiding").asBoolean(true),
                "agenda's van A en C verwerkt, het concept van B verwijderd");
        assertEquals(1, vorig.at("/agendas/zonderVastgesteldeAgenda").asLong());
        assertEquals(b, vorig.at("/agendas/regiosZonderAgenda/0/regio").asText());
        assertEquals(false, vorig.at("/agendas/regiosZonderAgenda/0/conceptInVoorbereiding").asBoolean(), "the removed concept is gone");

        JsonNode nu = wachtTot(() -> get("/rondes/" + s.jaar + "/overzicht"),
                o -> o.at("/agendas/zonderVastgesteldeAgenda").asLong() == 2, "A's agenda is over by the second round");
        assertEquals(a, nu.at("/agendas/regiosZonderAgenda/0/regio").asText());
        assertTrue(nu.at("/agendas/regiosZonderAgenda/0/conceptInVoorbereiding").asBoolean());
        assertEquals(b, nu.at("/agendas/regiosZonderAgenda/1/regio").asText());

        JsonNode detail = wachtTot(() -> get("/rondes/" + (s.jaar - 1) + "/regios/" + a), d -> d.get("opvolgingen").size() == 1,
                "de opvolging van A");
        assertEquals(afspraak.toString(), detail.at("/opvolgingen/0/afspraak").asText());
        assertEquals("Werkagenda A", detail.at("/agenda/titel").asText());
        assertEquals("vastgesteld", detail.at("/agenda/status").asText());
        assertEquals("ggz", detail.at("/agenda/themas/1/thema").asText());
        assertEquals(1, detail.at("/agenda/themas/1/afsprakenPerStatus/loopt").asInt());
        assertEquals(1, detail.at("/agenda/themas/1/afsprakenPerStatus/vertraagd").asInt());
        assertEquals(0, detail.at("/agenda/themas/1/afsprakenPerStatus/afgerond").asInt());
        assertEquals(1, detail.at("/agenda/themas/0/afsprakenPerStatus/gepland").asInt());
        assertEquals("Doel ggz", detail.at("/agenda/themas/1/doelen/0/omschrijving").asText());
        assertTrue(get("/rondes/" + s.jaar + "/regios/" + a).get("agenda").isNull(), "no adopted agenda on the second round's day");
        assertEquals("Agenda C", get("/rondes/" + s.jaar + "/regios/" + c).at("/agenda/titel").asText(), "the late older version changed nothing");

        JsonNode historie = get("/regios/" + a + "/historie");
        assertEquals("vastgesteld", historie.at("/rondes/0/agenda/status").asText());
        assertEquals("Werkagenda A", historie.at("/rondes/0/agenda/titel").asText());
        assertEquals("concept", historie.at("/rondes/1/agenda/status").asText());
        assertEquals("geen", get("/regios/" + b + "/historie").at("/rondes/0/agenda/status").asText());

        List<String> paden = new ArrayList<>(List.of("/rondes/" + s.jaar + "/overzicht", "/rondes/" + (s.jaar - 1) + "/overzicht"));
        for (String r : List.of(a, b, c)) {
            paden.add("/rondes/" + s.jaar + "/regios/" + r);
            paden.add("/rondes/" + (s.jaar - 1) + "/regios/" + r);
            paden.add("/regios/" + r + "/historie");
        }
        Map<String, JsonNode> live = new HashMap<>();
        paden.forEach(p -> live.put(p, get(p)));
        given().auth().oauth2(TestTokens.beheerder("herbouwer")).post(BASE + "/beheer/herbouw").then().statusCode(200);
        for (String pad : paden) {
            assertEquals(live.get(pad), get(pad), pad);
        }
    }
}
