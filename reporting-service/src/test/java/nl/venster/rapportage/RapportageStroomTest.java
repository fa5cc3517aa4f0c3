package nl.venster.rapportage;

import static io.restassured.RestAssured.given;
import static nl.venster.rapportage.Events.wachtTot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.venster.conventions.events.DeadLetters;
import nl.venster.conventions.testing.DeadLetterTopic;
import nl.venster.conventions.testing.ProblemAssertions;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The read model fed through the real broker into the real database, checked through the reports. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class RapportageStroomTest {

    private static final String BASE = "/api/rapportage/v1";
    private final String lezer = TestTokens.lezer("rapportage-lezer");

    private JsonNode get(String path) {
        try {
            return Events.JSON.readTree(given().auth().oauth2(lezer).get(BASE + path).then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode regioRij(JsonNode lijst, String regio) {
        for (JsonNode rij : lijst) {
            if (rij.get("regio").asText().equals(regio)) {
                return rij;
            }
        }
        return null;
    }

    @Test
    void elkeStatusEnElkEscalatieniveauWordtBereikt() {
        Scenario s = new Scenario();
        Map<String, String> r = new HashMap<>();
        for (String naam : List.of("INORDE", "VERSCHIL", "ONTEVREDEN", "ONVOLLEDIG", "HULPVRAAG", "VWS", "AFGEROND")) {
            r.put(naam, s.regio(naam));
            s.regio(r.get(naam), "Regio " + naam.toLowerCase(), "ZK90");
        }
        Events.ronde(s.jaar, "open", s.openingsdag, 1);
        Events.drieAntwoorden(s.jaar, r.get("INORDE"), new int[] {7, 7, 8}, new int[] {8, 7, 7}, new int[] {7, 8, 7});
        Events.drieAntwoorden(s.jaar, r.get("VERSCHIL"), new int[] {4, 7, 7}, new int[] {8, 7, 7}, new int[] {8, 7, 7});
        Events.drieAntwoorden(s.jaar, r.get("ONTEVREDEN"), new int[] {7, 7, 4}, new int[] {7, 7, 5}, new int[] {7, 7, 4});
        Events.antwoordset(s.jaar, r.get("ONVOLLEDIG"), "gemeenten", 1, 9, 9, 9);
        Events.antwoordset(s.jaar, r.get("ONVOLLEDIG"), "zorgkantoor", 1, 3, 3, 3);
        for (String naam : List.of("HULPVRAAG", "VWS", "AFGEROND")) {
            Events.drieAntwoorden(s.jaar, r.get(naam), new int[] {2, 7, 7}, new int[] {9, 7, 7}, new int[] {9, 7, 7});
            Events.opvolging(s.jaar, r.get(naam), "besproken", 1);
            Events.opvolging(s.jaar, r.get(naam), "hulpvraag-vng-zn", 2);
        }
        Events.opvolging(s.jaar, r.get("VWS"), "geagendeerd-vws", 3);
        Events.opvolging(s.jaar, r.get("AFGEROND"), "geagendeerd-vws", 3);
        Events.opvolging(s.jaar, r.get("AFGEROND"), "afgerond", 4);

        JsonNode open = wachtTot(() -> get("/rondes/" + s.jaar + "/overzicht"),
                o -> o.at("/perEscalatie/afgerond").asLong() == 1 && o.at("/perStatus/in-orde").asLong() == 1
                        && o.at("/perStatus/ontevreden").asLong() == 1 && o.at("/perStatus/verschil").asLong() == 4
                        && o.at("/perEscalatie/vws").asLong() == 1 && o.at("/perEscalatie/vng-zn").asLong() == 1,
                "alle antwoorden en opvolgingen verwerkt");
        assertEquals(7, open.get("aantalRegios").asInt());
        assertEquals(1, open.at("/perStatus/onvolledig").asLong());
        assertEquals(0, open.at("/perStatus/niet-ingevuld").asLong());
        assertEquals(2, open.at("/perEscalatie/geen").asLong(), "in-orde and onvolledig");
        assertEquals(2, open.at("/perEscalatie/regio").asLong(), "verschil and ontevreden");

        // Sealed: the incomplete region shows who answered, not the scores.
        JsonNode lijst = get("/rondes/" + s.jaar + "/regios?pageSize=100");
        JsonNode onvolledig = regioRij(lijst, r.get("ONVOLLEDIG"));
        assertEquals("onvolledig", onvolledig.get("status").asText());
        assertFalse(onvolledig.get("scoresZichtbaar").asBoolean());
        assertEquals(0, onvolledig.get("scores").size());
        assertEquals("zorgverzekeraar", onvolledig.at("/nietBeantwoord/0").asText());
        JsonNode detailOnvolledig = get("/rondes/" + s.jaar + "/regios/" + r.get("ONVOLLEDIG"));
        assertEquals(0, detailOnvolledig.at("/vragen/0/antwoorden").size());
        assertEquals(2, detailOnvolledig.get("beantwoord").size());
        // The averages only count unsealed regions: gemeenten's 9 of the incomplete region is left out.
        assertEquals(7, open.at("/scores/0/maximum").asInt());

        JsonNode verschil = get("/rondes/" + s.jaar + "/regios/" + r.get("VERSCHIL"));
        assertEquals("verschil", verschil.get("status").asText());
        assertEquals("regio", verschil.get("escalatie").asText());
        assertTrue(verschil.at("/vragen/0/divergent").asBoolean());
        assertEquals("gemengd-tevreden", verschil.at("/vragen/0/redenen/0").asText());
        assertEquals("spreiding", verschil.at("/vragen/0/redenen/1").asText());
        assertEquals(4, verschil.at("/vragen/0/spreiding").asInt());
        assertFalse(verschil.at("/vragen/1/divergent").asBoolean());
        assertEquals(3, verschil.at("/vragen/0/antwoorden").size());
        assertEquals(4, open.at("/verschillenPerVraag/0/aantalRegios").asInt(), "proces diverges in VERSCHIL and the three escalated");

        JsonNode afgerond = get("/rondes/" + s.jaar + "/regios/" + r.get("AFGEROND"));
        assertEquals("afgerond", afgerond.get("escalatie").asText());
        assertEquals(4, afgerond.get("opvolgingen").size());

        // Closing the round turns the incomplete region into niet-ingevuld and unseals its scores.
        Events.ronde(s.jaar, "gesloten", s.openingsdag, 2);
        JsonNode gesloten = wachtTot(() -> get("/rondes/" + s.jaar + "/overzicht"),
                o -> o.at("/perStatus/niet-ingevuld").asLong() == 1, "ronde gesloten");
        assertEquals("gesloten", gesloten.get("rondeStatus").asText());
        assertEquals(0, gesloten.at("/perStatus/onvolledig").asLong());
        assertEquals(3, gesloten.at("/perEscalatie/regio").asLong(), "verschil, ontevreden and niet-ingevuld");
        assertEquals(1, gesloten.at("/perEscalatie/geen").asLong());
        JsonNode nietIngevuld = regioRij(get("/rondes/" + s.jaar + "/regios?status=niet-ingevuld"), r.get("ONVOLLEDIG"));
        assertTrue(nietIngevuld.get("scoresZichtbaar").asBoolean());
        assertEquals(9, nietIngevuld.at("/scores/0/gemeenten").asInt());
        assertTrue(nietIngevuld.at("/scores/0/zorgverzekeraar").isNull());
        assertEquals(6, gesloten.get("respons").get(1).get("beantwoord").asInt(), "zorgverzekeraar answered in 6 of 7");
        assertEquals(7, gesloten.get("respons").get(1).get("van").asInt());
    }

    @Test
    void signaalBijTweeRondesOpRijZonderOpvolging() {
        Scenario s = new Scenario();
        String zonder = s.regio("ZONDER");
        String met = s.regio("MET");
        s.regio(zonder, "Zonder opvolging", "ZK91");
        s.regio(met, "Met opvolging", "ZK91");
        int vorig = s.jaar - 1;
        Events.ronde(vorig, "gesloten", s.openingsdag, 3);
        Events.ronde(s.jaar, "gesloten", s.openingsdag.plusDays(1), 3);
        for (String regio : List.of(zonder, met)) {
            Events.drieAntwoorden(vorig, regio, new int[] {3, 7, 7}, new int[] {8, 7, 7}, new int[] {8, 7, 7});
            Events.antwoordset(s.jaar, regio, "gemeenten", 1, 7, 7, 7);
        }
        Events.opvolging(vorig, met, "besproken", 1);

        // The previous round complete first: until all its answers are in, "zonder" is niet-ingevuld there, which
        // raises the same signal with another vorigeStatus (the topics are consumed independently).
        wachtTot(() -> get("/rondes/" + vorig + "/overzicht"), o -> o.at("/perStatus/verschil").asLong() == 2, "vorige ronde compleet");
        JsonNode overzicht = wachtTot(() -> get("/rondes/" + s.jaar + "/overzicht"),
                // The previous round's answers arrive on their own topic: wait until they count too.
                o -> o.get("signalen").size() == 1 && o.at("/perStatus/niet-ingevuld").asLong() == 2
                        && o.at("/signalen/0/vorigeStatus").asText().equals("verschil"), "signaal");
        assertEquals(zonder, overzicht.at("/signalen/0/regio").asText());
        assertEquals("niet-ingevuld", overzicht.at("/signalen/0/status").asText());
        assertEquals("verschil", overzicht.at("/signalen/0/vorigeStatus").asText());

        JsonNode historie = wachtTot(() -> get("/regios/" + zonder + "/historie"), h -> h.get("rondes").size() == 2, "historie");
        assertEquals(vorig, historie.at("/rondes/0/jaar").asInt());
        assertEquals("verschil", historie.at("/rondes/0/status").asText());
        assertEquals(3, historie.at("/rondes/0/scores/0/gemeenten").asInt());
        assertTrue(historie.at("/rondes/1/signaal").asBoolean());
        ProblemAssertions.assertProblem(given().auth().oauth2(lezer).get(BASE + "/regios/ONBEKEND-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/historie").then(), 404);
    }

    @Test
    void dubbeleEnOmgekeerdeEventsLatenHetModelOngewijzigd() {
        Scenario s = new Scenario();
        String gewoon = s.regio("GEWOON");
        String gehusseld = s.regio("GEHUSSELD");
        // In natural order.
        s.regio(gewoon, "Regio", "ZK92");
        Events.ronde(s.jaar, "open", s.openingsdag, 1);
        Events.antwoordset(s.jaar, gewoon, "gemeenten", 1, 2, 2, 2);
        Events.antwoordset(s.jaar, gewoon, "gemeenten", 2, 8, 4, 7);
        Events.antwoordset(s.jaar, gewoon, "zorgkantoor", 1, 7, 7, 7);
        Events.antwoordset(s.jaar, gewoon, "zorgverzekeraar", 1, 7, 8, 7);
        // Reversed: answers before region and round, the newer version before the older, and duplicates
        // (the same event id again, once even with other content) — none may change the result.
        UUID versie2 = UUID.randomUUID();
        String key = s.jaar + "/" + gehusseld;
        Events.publiceer("venster.antwoorden", key, Events.antwoordsetEvent(versie2, s.jaar, gehusseld, "gemeenten", 2, 8, 4, 7));
        Events.antwoordset(s.jaar, gehusseld, "zorgkantoor", 1, 7, 7, 7);
        s.regio(gehusseld, "Regio", "ZK92");
        Events.publiceer("venster.antwoorden", key, Events.antwoordsetEvent(versie2, s.jaar, gehusseld, "gemeenten", 2, 8, 4, 7));
        Events.publiceer("venster.antwoorden", key, Events.antwoordsetEvent(versie2, s.jaar, gehusseld, "gemeenten", 2, 1, 1, 1));
        Events.antwoordset(s.jaar, gehusseld, "gemeenten", 1, 2, 2, 2);
        Events.antwoordset(s.jaar, gehusseld, "gemeenten", 2, 3, 3, 3);
        // Last on this partition, so everything above has been handled once it shows.
        Events.antwoordset(s.jaar, gehusseld, "zorgverzekeraar", 1, 7, 8, 7);

        JsonNode lijst = wachtTot(() -> get("/rondes/" + s.jaar + "/regios"),
                l -> l.size() == 2 && l.get(0).get("scoresZichtbaar").asBoolean() && l.get(1).get("scoresZichtbaar").asBoolean(),
                "beide regio's compleet");
        JsonNode a = regioRij(lijst, gewoon);
        JsonNode b = regioRij(lijst, gehusseld);
        assertEquals("verschil", a.get("status").asText());
        assertEquals(a.get("scores"), b.get("scores"));
        assertEquals(a.get("divergenteVragen"), b.get("divergenteVragen"));
        assertEquals(a.get("status"), b.get("status"));
        assertEquals(8, b.at("/scores/0/gemeenten").asInt());
        JsonNode detailA = get("/rondes/" + s.jaar + "/regios/" + gewoon);
        JsonNode detailB = get("/rondes/" + s.jaar + "/regios/" + gehusseld);
        assertEquals(detailA.get("vragen"), detailB.get("vragen"));
        assertEquals(detailA.get("beantwoord"), detailB.get("beantwoord"));
    }

    @Test
    void eenGifberichtGaatNaarDeDeadLetterTopicEnLatereEventsGaanDoor() throws Exception {
        Scenario s = new Scenario();
        String regio = s.regio("GIF");
        String key = s.jaar + "/" + regio;
        try (DeadLetterTopic deadLetters = DeadLetterTopic.atEnd()) {
            s.regio(regio, "Regio", "ZK93");
            Events.ronde(s.jaar, "open", s.openingsdag, 1);
            Events.publiceer("venster.antwoorden", key, "{dit is geen json");
            String ongeldig = Events.antwoordsetEvent(UUID.randomUUID(), s.jaar, regio, "gemeenten", 1, 42, 7, 7);
            Events.publiceer("venster.antwoorden", key, ongeldig);
            Events.drieAntwoorden(s.jaar, regio, new int[] {7, 7, 7}, new int[] {7, 7, 7}, new int[] {7, 7, 7});

            JsonNode rij = wachtTot(() -> get("/rondes/" + s.jaar + "/regios").get(0), r -> "in-orde".equals(r.get("status").asText()),
                    "latere events toegepast");
            assertEquals(7, rij.at("/scores/0/gemeenten").asInt());

            List<ConsumerRecord<String, String>> letters = deadLetters.await(key, 2);
            assertEquals(2, letters.size());
            assertEquals("{dit is geen json", letters.get(0).value());
            assertEquals(ongeldig, letters.get(1).value());
            assertTrue(DeadLetterTopic.reason(letters.get(0)).contains("geen geldige CloudEvent"));
            assertTrue(DeadLetterTopic.reason(letters.get(1)).contains("data.antwoorden[0].score moet tussen 0 en 10 liggen"),
                    DeadLetterTopic.reason(letters.get(1)));
            assertEquals(Events.prefix() + "venster.antwoorden", DeadLetterTopic.header(letters.get(1), DeadLetters.TOPIC));
            assertTrue(DeadLetterTopic.header(letters.get(1), DeadLetters.PARTITION).matches("\\d+"));
            assertTrue(Long.parseLong(DeadLetterTopic.header(letters.get(1), DeadLetters.OFFSET))
                    > Long.parseLong(DeadLetterTopic.header(letters.get(0), DeadLetters.OFFSET)));
        }
        String metrics = given().get(nl.venster.conventions.testing.Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("events_dead_lettered_total")
                && l.contains("topic=\"" + Events.prefix() + "venster.antwoorden\"")), "dead letters are counted");
    }

    @Test
    void csvEnJsonGevenDezelfdeRijenEnOngewijzigdGeeft304() {
        Scenario s = new Scenario();
        s.regio(s.regio("AAA"), "Aa & \"Co\", noord", "ZK94");
        s.regio(s.regio("BBB"), "Bb", "ZK95");
        s.regio(s.regio("CCC"), "Cc", "ZK94");
        Events.ronde(s.jaar, "open", s.openingsdag, 1);
        Events.drieAntwoorden(s.jaar, s.regio("AAA"), new int[] {7, 7, 7}, new int[] {8, 8, 8}, new int[] {7, 7, 7});
        Events.antwoordset(s.jaar, s.regio("BBB"), "gemeenten", 1, 5, 5, 5);
        Events.drieAntwoorden(s.jaar, s.regio("CCC"), new int[] {2, 7, 7}, new int[] {9, 8, 8}, new int[] {7, 7, 7});
        wachtTot(() -> get("/rondes/" + s.jaar + "/overzicht"),
                o -> o.at("/perStatus/verschil").asLong() == 1 && o.at("/perStatus/in-orde").asLong() == 1, "verwerkt");

        String query = "/rondes/" + s.jaar + "/regios?zorgkantoorregio=ZK94&sort=-regio&pageSize=10";
        JsonNode json = get(query);
        Response csv = given().auth().oauth2(lezer).accept("text/csv").get(BASE + query);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertEquals("2", csv.header("X-Total-Count"));
        List<String> regels = csv.asString().lines().toList();
        assertEquals(3, regels.size());
        assertTrue(regels.get(0).startsWith("\uFEFFregio;naam;zorgkantoorregio;status;escalatie;"));
        assertTrue(regels.get(0).endsWith("resultaten.zorgkantoor"));
        for (int i = 0; i < json.size(); i++) {
            JsonNode rij = json.get(i);
            assertTrue(regels.get(i + 1).startsWith(rij.get("regio").asText() + ";"), regels.get(i + 1));
            assertTrue(regels.get(i + 1).contains(";" + rij.get("status").asText() + ";" + rij.get("escalatie").asText() + ";"));
        }
        assertTrue(regels.get(2).contains("\"Aa & \"\"Co\"\", noord\""), "quoted per RFC 4180");
        assertTrue(regels.get(1).endsWith(";2;9;7;7;8;7;7;8;7"), regels.get(1));

        // Filters and validation.
        assertEquals(1, get("/rondes/" + s.jaar + "/regios?financier=zorgkantoor").size());
        assertEquals(1, get("/rondes/" + s.jaar + "/regios?escalatie=regio").size());
        ProblemAssertions.assertProblem(given().auth().oauth2(lezer)
                .get(BASE + "/rondes/" + s.jaar + "/regios?status=boos&financier=bank&sort=kleur").then(), 400);
        ProblemAssertions.assertProblem(given().auth().oauth2(lezer).get(BASE + "/rondes/17/overzicht").then(), 404);

        // ETag and If-None-Match on every report.
        for (String pad : List.of("/rondes/" + s.jaar + "/overzicht", query, "/rondes/" + s.jaar + "/regios/" + s.regio("AAA"),
                "/regios/" + s.regio("AAA") + "/historie")) {
            String etag = given().auth().oauth2(lezer).get(BASE + pad).then().statusCode(200).extract().header("ETag");
            assertTrue(etag != null && etag.startsWith("\""), pad);
            given().auth().oauth2(lezer).header("If-None-Match", etag).get(BASE + pad).then().statusCode(304);
        }
        String csvEtag = csv.header("ETag");
        given().auth().oauth2(lezer).accept("text/csv").header("If-None-Match", csvEtag).get(BASE + query).then().statusCode(304);
        String etag = given().auth().oauth2(lezer).get(BASE + "/rondes/" + s.jaar + "/overzicht").then().extract().header("ETag");
        Events.antwoordset(s.jaar, s.regio("BBB"), "zorgkantoor", 1, 5, 5, 5);
        String nieuw = wachtTot(() -> given().auth().oauth2(lezer).header("If-None-Match", etag)
                .get(BASE + "/rondes/" + s.jaar + "/overzicht").then().statusCode(200).extract().header("ETag"),
                e -> e != null, "gewijzigd overzicht");
        assertNotEquals(etag, nieuw);
    }

    @Test
    void herbouwUitDeTopicsIsGelijkAanHetLiveModel() {
        Scenario s = new Scenario();
        List<String> regios = List.of(s.regio("HA"), s.regio("HB"), s.regio("HC"));
        regios.forEach(r -> s.regio(r, "Herbouw " + r, "ZK96"));
        Events.ronde(s.jaar - 1, "gesloten", s.openingsdag, 2);
        Events.ronde(s.jaar, "open", s.openingsdag.plusDays(1), 1);
        Events.drieAntwoorden(s.jaar - 1, regios.get(0), new int[] {3, 3, 3}, new int[] {4, 4, 4}, new int[] {3, 3, 3});
        Events.drieAntwoorden(s.jaar, regios.get(0), new int[] {2, 7, 7}, new int[] {9, 8, 8}, new int[] {7, 7, 7});
        Events.antwoordset(s.jaar, regios.get(0), "gemeenten", 2, 3, 7, 7);
        Events.drieAntwoorden(s.jaar, regios.get(1), new int[] {7, 7, 7}, new int[] {8, 8, 8}, new int[] {7, 7, 7});
        Events.antwoordset(s.jaar, regios.get(2), "zorgverzekeraar", 1, 6, 6, 6);
        Events.opvolging(s.jaar, regios.get(0), "hulpvraag-vng-zn", 1);
        Events.opvolging(s.jaar - 1, regios.get(1), "besproken", 1);

        wachtTot(() -> get("/rondes/" + s.jaar + "/overzicht"),
                o -> o.at("/perEscalatie/vng-zn").asLong() == 1 && o.at("/perStatus/in-orde").asLong() == 1
                        && o.at("/respons/1/beantwoord").asLong() == 3 && o.get("signalen").size() == 1
                        && o.at("/scores/0/minimum").asInt() == 3, "live model compleet");
        List<String> paden = new ArrayList<>(List.of("/rondes/" + s.jaar + "/overzicht", "/rondes/" + s.jaar + "/regios",
                "/rondes/" + (s.jaar - 1) + "/overzicht", "/rondes/" + (s.jaar - 1) + "/regios"));
        regios.forEach(r -> {
            paden.add("/rondes/" + s.jaar + "/regios/" + r);
            paden.add("/regios/" + r + "/historie");
        });
        Map<String, JsonNode> live = new HashMap<>();
        paden.forEach(p -> live.put(p, get(p)));

        ProblemAssertions.assertProblem(given().auth().oauth2(lezer).post(BASE + "/beheer/herbouw").then(), 403);
        JsonNode resultaat;
        try {
            resultaat = Events.JSON.readTree(given().auth().oauth2(TestTokens.beheerder("herbouwer"))
                    .post(BASE + "/beheer/herbouw").then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertTrue(resultaat.get("toegepast").asLong() >= 15, resultaat.toString());
        for (String pad : paden) {
            assertEquals(live.get(pad), get(pad), pad);
        }
        given().auth().oauth2(TestTokens.beheerder("herbouwer")).get(BASE + "/audit-regels?resourceType=leesmodel")
                .then().statusCode(200);
    }

    /** The rebuild writes answer sets per batch; duplicates and late older versions must change nothing there either. */
    @Test
    void herbouwHoudtPerAntwoordsetDeHoogsteVersieOokBijDubbeleEnLateEvents() {
        Scenario s = new Scenario();
        String regio = s.regio("HV");
        s.regio(regio, "Herbouw versies", "ZK95");
        Events.ronde(s.jaar, "open", s.openingsdag, 1);
        String sleutel = s.jaar + "/" + regio;
        String versie3 = Events.antwoordsetEvent(UUID.randomUUID(), s.jaar, regio, "gemeenten", 3, 8, 8, 8);
        Events.publiceer("venster.antwoorden", sleutel, versie3);
        Events.publiceer("venster.antwoorden", sleutel, versie3);
        Events.antwoordset(s.jaar, regio, "gemeenten", 2, 2, 2, 2);
        Events.antwoordset(s.jaar, regio, "zorgkantoor", 1, 7, 7, 7);
        String detail = "/rondes/" + s.jaar + "/regios/" + regio;
        JsonNode live = wachtTot(() -> get(detail), d -> d.get("beantwoord").size() == 2, "beide inzendingen verwerkt");
        assertEquals(3, live.at("/beantwoord/0/versie").asLong(), live.toString());
        List<String> paden = List.of(detail, "/rondes/" + s.jaar + "/overzicht", "/rondes/" + s.jaar + "/regios");
        Map<String, JsonNode> voor = new HashMap<>();
        paden.forEach(p -> voor.put(p, get(p)));

        given().auth().oauth2(TestTokens.beheerder("herbouwer")).post(BASE + "/beheer/herbouw").then().statusCode(200);

        for (String pad : paden) {
            assertEquals(voor.get(pad), get(pad), pad);
        }
    }

    /** The national overview of a full round across the 31 zorgkantoorregio's, for the closing note. */
    @Test
    void landelijkOverzichtVanEenVolledigeRonde() throws Exception {
        Scenario s = new Scenario();
        List<String[]> zorgkantoorregios = Files.readAllLines(Path.of("src/test/resources/zorgkantoorregios.csv")).stream()
                .skip(1).map(l -> l.split(";", 2)).toList();
        assertEquals(31, zorgkantoorregios.size());
        Random random = new Random(2026);
        Events.ronde(s.jaar, "open", s.openingsdag, 1);
        int nr = 0;
        for (String[] zk : zorgkantoorregios) {
            String regio = s.regio(zk[0]);
            s.regio(regio, zk[1], zk[0]);
            nr++;
            if (nr % 10 == 0) {
                Events.antwoordset(s.jaar, regio, "gemeenten", 1, 6 + random.nextInt(3), 6 + random.nextInt(3), 5 + random.nextInt(4));
                continue; // two financiers never answered
            }
            // Mostly satisfied financiers close to each other, with a few regions that need attention.
            int basis = 6 + random.nextInt(2);
            int[][] scores = new int[3][3];
            for (int f = 0; f < 3; f++) {
                for (int v = 0; v < 3; v++) {
                    scores[f][v] = basis + random.nextInt(2);
                }
            }
            if (nr % 5 == 0 || nr % 7 == 0) {
                scores[0][0] = 4; // the gemeenten are not satisfied with the proces: verschil
            }
            if (nr % 11 == 0) {
                scores[0][2] = 4;
                scores[1][2] = 5;
                scores[2][2] = 5; // nobody is satisfied with the resultaten: ontevreden
            }
            Events.drieAntwoorden(s.jaar, regio, scores[0], scores[1], scores[2]);
            if (nr % 7 == 0) {
                Events.opvolging(s.jaar, regio, "besproken", 1);
                Events.opvolging(s.jaar, regio, "hulpvraag-vng-zn", 2);
            }
            if (nr == 14 || nr == 21) {
                Events.opvolging(s.jaar, regio, "geagendeerd-vws", 3);
            }
            if (nr == 21) {
                Events.opvolging(s.jaar, regio, "afgerond", 4);
            }
        }
        Events.ronde(s.jaar, "gesloten", s.openingsdag, 2);
        JsonNode overzicht = wachtTot(() -> get("/rondes/" + s.jaar + "/overzicht"),
                o -> o.get("aantalRegios").asInt() == 31 && "gesloten".equals(o.get("rondeStatus").asText())
                        && o.at("/respons/0/beantwoord").asInt() == 31 && o.at("/respons/1/beantwoord").asInt() == 28
                        && o.at("/respons/2/beantwoord").asInt() == 28
                        && o.at("/perEscalatie/vng-zn").asLong() == 2 && o.at("/perEscalatie/vws").asLong() == 1
                        && o.at("/perEscalatie/afgerond").asLong() == 1,
                "volledige ronde verwerkt");
        assertEquals(3, overzicht.at("/perStatus/niet-ingevuld").asLong());
        assertEquals(2, overzicht.at("/perStatus/ontevreden").asLong(), "regions 11 and 22");
        long totaal = 0;
        for (JsonNode aantal : overzicht.get("perStatus")) {
            totaal += aantal.asLong();
        }
        assertEquals(31, totaal);
        Files.writeString(Path.of("target", "landelijk-overzicht.json"),
                Events.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(overzicht), StandardCharsets.UTF_8);
    }

}
