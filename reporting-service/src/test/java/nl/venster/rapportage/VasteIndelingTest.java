package nl.venster.rapportage;

import static io.restassured.RestAssured.given;
import static nl.venster.rapportage.Events.wachtTot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.testing.ProblemAssertions;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import nl.venster.rapportage.domain.RondeRegio;
import nl.venster.rapportage.service.RondeIndeling;
import org.junit.jupiter.api.Test;

/**
 * History is never rewritten (DESIGN.md §4): a round that has opened keeps the division the venster-service fixed
 * then. A rename, a split into five (effective on the round's own opening day) and a herindeling afterwards leave
 * its reports byte for byte as they were, and reach the next round only.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class VasteIndelingTest {

    private static final String BASE = "/api/rapportage/v1";
    private final String lezer = TestTokens.lezer("rapportage-lezer");

    @Inject
    RondeIndeling rondeIndeling;

    private String tekst(String pad) {
        return given().auth().oauth2(lezer).get(BASE + pad).then().statusCode(200).extract().asString();
    }

    private String csv(String pad) {
        return given().auth().oauth2(lezer).accept("text/csv").get(BASE + pad).then().statusCode(200).extract().asString();
    }

    private JsonNode json(String pad) {
        try {
            return Events.JSON.readTree(tekst(pad));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode regio(ArrayNode indeling, String code, String naam, String... gemeenten) {
        ObjectNode regio = indeling.addObject().put("code", code).put("naam", naam).put("zorgkantoorregio", "ZK23");
        ArrayNode leden = regio.putArray("gemeenten");
        for (String gemeente : gemeenten) {
            leden.addObject().put("code", gemeente).put("naam", "Gemeente " + gemeente);
        }
        return regio;
    }

    /** Everything a closed round publishes, as the bytes a client receives. */
    private Map<String, String> rapporten(int jaar, List<String> regios) {
        Map<String, String> rapporten = new java.util.TreeMap<>();
        rapporten.put("overzicht", tekst("/rondes/" + jaar + "/overzicht"));
        rapporten.put("regios", tekst("/rondes/" + jaar + "/regios?pageSize=100"));
        rapporten.put("regios-csv", csv("/rondes/" + jaar + "/regios?pageSize=100"));
        rapporten.put("regios-zk23", tekst("/rondes/" + jaar + "/regios?zorgkantoorregio=ZK23&sort=naam"));
        for (String regio : regios) {
            rapporten.put("detail-" + regio, tekst("/rondes/" + jaar + "/regios/" + regio));
            // This round in the region's history (the heading names the region as it is called now).
            StringBuilder ronde = new StringBuilder();
            json("/regios/" + regio + "/historie").get("rondes").forEach(r -> {
                if (r.get("jaar").asInt() == jaar) {
                    ronde.append(r);
                }
            });
            assertFalse(ronde.isEmpty(), "round " + jaar + " in the history of " + regio);
            rapporten.put("historie-" + regio, ronde.toString());
        }
        return rapporten;
    }

    @Test
    void renameSplitAndHerindelingAfterOpeningLeaveTheRoundsReportsByteIdenticalAndApplyFromTheNextRound() {
        Scenario s = new Scenario();
        String utrecht = s.regio("ZK23");
        String andere = s.regio("ZK24");
        s.regio(utrecht, "Utrecht", "ZK23");
        s.regio(andere, "Amersfoort", "ZK23");
        ArrayNode indeling = Events.JSON.createArrayNode();
        regio(indeling, utrecht, "Utrecht", "GM0344", "GM0307");
        regio(indeling, andere, "Amersfoort", "GM0308");
        Events.ronde(s.jaar, "open", s.openingsdag, 1, indeling);
        Events.drieAntwoorden(s.jaar, utrecht, new int[] {4, 7, 7}, new int[] {8, 7, 7}, new int[] {8, 7, 7});
        Events.antwoordset(s.jaar, andere, "gemeenten", 1, 7, 7, 7);
        Events.opvolging(s.jaar, utrecht, "hulpvraag-vng-zn", 1);
        Events.ronde(s.jaar, "gesloten", s.openingsdag, 2, indeling);
        wachtTot(() -> json("/rondes/" + s.jaar + "/regios/" + utrecht),
                d -> d.get("escalatie").asText().equals("vng-zn") && d.get("rondeStatus").asText().equals("gesloten"),
                "ronde gesloten met antwoorden en hulpvraag");
        wachtTot(() -> json("/rondes/" + s.jaar + "/regios/" + andere), d -> d.get("status").asText().equals("niet-ingevuld"),
                "andere regio niet ingevuld");
        // The consumers of the four topics run side by side: wait until the round's reports show every fact.
        wachtTot(() -> json("/rondes/" + s.jaar + "/overzicht"), o -> o.at("/perStatus/verschil").asLong() == 1
                        && o.at("/perStatus/niet-ingevuld").asLong() == 1 && o.at("/perEscalatie/vng-zn").asLong() == 1
                        && o.at("/respons/0/beantwoord").asLong() == 2 && o.at("/respons/1/beantwoord").asLong() == 1,
                "overzicht met alle antwoorden");
        Map<String, String> voor = rapporten(s.jaar, List.of(utrecht, andere));

        // The repository/service view of the round: its regions with the gemeenten of its opening day.
        List<RondeRegio> regios = rondeIndeling.regios(s.jaar);
        assertEquals(List.of(utrecht, andere).stream().sorted().toList(), regios.stream().map(RondeRegio::code).toList());
        assertEquals(List.of("GM0344", "GM0307"), regios.stream().filter(r -> r.code().equals(utrecht)).findFirst().orElseThrow()
                .gemeenten().stream().map(RondeRegio.Gemeente::code).toList());

        // Afterwards: Amersfoort is renamed; Utrecht is split into five with effect from the round's own opening day,
        // so on that day the register now knows five regions instead of Utrecht; a herindeling renames a gemeente.
        Events.regio(andere, "Amersfoort e.o. (hernoemd)", "ZK23", s.openingsdag, s.openingsdag.plusDays(2), 2);
        // A herindeling re-publishes the regions whose memberships or gemeente names changed.
        Events.regio(andere, "Amersfoort e.o. (hernoemd)", "ZK23", s.openingsdag, s.openingsdag.plusDays(2), 3);
        Events.regio(utrecht, "Utrecht (gesplitst)", "ZK23", s.openingsdag.minusDays(1), s.openingsdag, 2);
        List<String> vijf = new ArrayList<>();
        for (String deel : List.of("STAD", "WEST", "OOST", "ZUID", "NOORD")) {
            String code = s.regio("U" + deel.charAt(0) + deel.charAt(1));
            vijf.add(code);
            s.regio(code, "Utrecht " + deel, "ZK23");
        }
        // The venster-service re-publishes the round (e.g. a later version) with the same fixed division.
        Events.ronde(s.jaar, "gesloten", s.openingsdag, 3, indeling);
        // The next round has not opened: it takes the register's division of its opening day.
        Events.ronde(s.jaar + 1, "concept", s.openingsdag.plusDays(1), 1);
        JsonNode volgende = wachtTot(() -> json("/rondes/" + (s.jaar + 1) + "/regios?pageSize=100"),
                l -> codes(l).containsAll(vijf) && l.toString().contains("hernoemd"), "volgende ronde met de vijf nieuwe regio's");
        assertFalse(codes(volgende).contains(utrecht), "the split region is not part of the next round");
        wachtTot(() -> json("/regios/" + utrecht + "/historie"), h -> h.get("naam").asText().equals("Utrecht (gesplitst)"),
                "de gesplitste regio verwerkt");
        wachtTot(() -> json("/rondes/" + s.jaar + "/overzicht"), o -> o.toString().contains("\"rondeStatus\":\"gesloten\""),
                "ronde versie 3 verwerkt");

        Map<String, String> na = rapporten(s.jaar, List.of(utrecht, andere));
        assertEquals(voor, na);
        assertTrue(na.get("regios").contains("\"Utrecht\""), na.get("regios"));
        for (String code : vijf) {
            ProblemAssertions.assertProblem(given().auth().oauth2(lezer).get(BASE + "/rondes/" + s.jaar + "/regios/" + code).then(), 404);
        }

        // Published, the public map draws the round's own division: Utrecht with the gemeenten of its opening day
        // (the register no longer knows them as members of Utrecht), not the five regions that came later.
        Events.ronde(s.jaar, "gepubliceerd", s.openingsdag, 4, indeling);
        String kaart = wachtTot(() -> given().get("/openbaar/rondes/" + s.jaar), p -> p.statusCode() == 200, "ronde gepubliceerd")
                .asString();
        assertTrue(kaart.contains("data-regio=\"" + utrecht + "\""), "Utrecht is drawn from the round's division");
        assertTrue(kaart.contains("data-regio=\"" + andere + "\""), "Amersfoort is drawn from the round's division");
        assertFalse(kaart.contains("Niet op de kaart"), "every region of the round is on the map");
        for (String code : vijf) {
            assertFalse(kaart.contains("data-regio=\"" + code + "\""), "a later region is not on the round's map");
        }
    }

    private static List<String> codes(JsonNode lijst) {
        List<String> codes = new ArrayList<>();
        lijst.forEach(rij -> codes.add(rij.get("regio").asText()));
        return codes;
    }
}
