package nl.venster.rapportage;

import static io.restassured.RestAssured.given;
import static nl.venster.rapportage.Events.wachtTot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public pages (DESIGN.md §9) after a round has been played through the real broker: nothing is public while
 * the round is only closed, publishing shows it, withdrawing hides it again. A real headless Chromium loads the
 * national and a region page, checks the map and the figures against the JSON reports, runs axe-core (WCAG 2.1 AA)
 * and saves desktop and phone screenshots to target/schermafdrukken.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class OpenbaarVensterTest {

    private static final String API = "/api/rapportage/v1";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Map<String, String> KLEUREN = Map.of("in-orde", "#2b7a3d", "ontevreden", "#7b3f9e",
            "verschil", "#b35806", "niet-ingevuld", "#6b6b6b");

    @TestHTTPResource("/")
    URL basis;

    private final String lezer = TestTokens.lezer("openbaar-lezer");

    private JsonNode api(String pad) {
        try {
            return Events.JSON.readTree(given().auth().oauth2(lezer).get(API + pad).then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] lid(String code, String naam, String vanaf, String tot) {
        return new String[] {code, naam, vanaf, tot};
    }

    @Test
    void eenGepubliceerdeRondeIsOpenbaarEnVerdwijntNaIntrekking() throws Exception {
        Scenario s = new Scenario();
        int vorig = s.jaar - 1;
        String lang = s.openingsdag.minusYears(1).toString();
        String herindeling = s.openingsdag.minusDays(10).toString();
        Map<String, String> r = new LinkedHashMap<>();
        for (String naam : List.of("INORDE", "VERSCHIL", "ONTEVREDEN", "LEEG", "NIEUW")) {
            r.put(naam, s.regio(naam));
        }
        // Groningen's zorgkantoorregio split in four; the fifth region holds a gemeente formed by a herindeling.
        Events.regioMetLeden(r.get("INORDE"), "Stadskanaal e.o.", "ZK01", s.openingsdag, s.openingsdag.plusDays(2), 1,
                List.<String[]>of(lid("GM0037", "Stadskanaal", lang, null)));
        Events.regioMetLeden(r.get("VERSCHIL"), "Veendam <b>&</b> omstreken", "ZK01", s.openingsdag, s.openingsdag.plusDays(2), 1,
                List.<String[]>of(lid("GM0047", "Veendam", lang, null)));
        Events.regioMetLeden(r.get("ONTEVREDEN"), "Stad Groningen", "ZK01", s.openingsdag, s.openingsdag.plusDays(2), 1,
                List.<String[]>of(lid("GM0014", "Groningen", lang, null)));
        Events.regioMetLeden(r.get("LEEG"), "Westerkwartier", "ZK01", s.openingsdag, s.openingsdag.plusDays(2), 1,
                List.<String[]>of(lid("GM1969", "Westerkwartier", lang, null)));
        Events.regioMetLeden(r.get("NIEUW"), "Flevoland", "ZK03", s.openingsdag, s.openingsdag.plusDays(2), 1,
                List.<String[]>of(lid("GM0034", "Almere", lang, herindeling), lid("GM0050", "Zeewolde", lang, herindeling),
                        lid("GM9934", "Almere-Zeewolde", herindeling, null)));

        // Last year's round: the same regions, published, for the trend and the two-rounds signal.
        Events.ronde(vorig, "open", s.openingsdag, 1);
        Events.drieAntwoorden(vorig, r.get("VERSCHIL"), new int[] {3, 7, 7}, new int[] {8, 7, 7}, new int[] {8, 7, 7});
        Events.ronde(vorig, "gesloten", s.openingsdag, 2);
        Events.ronde(vorig, "gepubliceerd", s.openingsdag, 3);

        Events.ronde(s.jaar, "open", s.openingsdag.plusDays(1), 1);
        Events.drieAntwoorden(s.jaar, r.get("INORDE"), new int[] {7, 7, 8}, new int[] {8, 7, 7}, new int[] {7, 8, 7});
        Events.drieAntwoorden(s.jaar, r.get("VERSCHIL"), new int[] {4, 7, 7}, new int[] {8, 7, 7}, new int[] {8, 7, 7});
        Events.drieAntwoorden(s.jaar, r.get("ONTEVREDEN"), new int[] {7, 7, 4}, new int[] {7, 7, 5}, new int[] {7, 7, 4});
        Events.drieAntwoorden(s.jaar, r.get("NIEUW"), new int[] {9, 8, 8}, new int[] {8, 8, 8}, new int[] {8, 9, 8});
        Events.antwoordset(s.jaar, r.get("LEEG"), "gemeenten", 1, 6, 6, 6);
        Events.opvolging(s.jaar, r.get("ONTEVREDEN"), "besproken", 1);
        Events.opvolging(s.jaar, r.get("ONTEVREDEN"), "hulpvraag-vng-zn", 2);
        Events.ronde(s.jaar, "gesloten", s.openingsdag.plusDays(1), 2);

        JsonNode overzicht = wachtTot(() -> api("/rondes/" + s.jaar + "/overzicht"),
                o -> "gesloten".equals(o.get("rondeStatus").asText()) && o.at("/perStatus/niet-ingevuld").asLong() == 1
                        && o.at("/perEscalatie/vng-zn").asLong() == 1 && o.get("aantalRegios").asInt() == 5,
                "ronde gesloten en alles verwerkt");

        // Closed is not public: no page, no open data, no region, and not in the list.
        given().get("/openbaar/rondes/" + s.jaar).then().statusCode(404).contentType("text/html");
        given().get("/openbaar/rondes/" + s.jaar + ".json").then().statusCode(404);
        given().get("/openbaar/rondes/" + s.jaar + ".csv").then().statusCode(404);
        given().get("/openbaar/rondes/" + s.jaar + "/regios/" + r.get("INORDE")).then().statusCode(404);
        assertFalse(given().get("/openbaar").then().statusCode(200).extract().asString().contains("/openbaar/rondes/" + s.jaar + "\""));

        Events.ronde(s.jaar, "gepubliceerd", s.openingsdag.plusDays(1), 3);
        Response pagina = wachtTot(() -> given().get("/openbaar/rondes/" + s.jaar), p -> p.statusCode() == 200, "ronde gepubliceerd");
        assertTrue(pagina.contentType().startsWith("text/html"));
        assertEquals("public, max-age=300", pagina.header("Cache-Control"));
        assertTrue(pagina.header("Content-Security-Policy").startsWith("default-src 'none'; style-src 'self'"));
        assertEquals("nosniff", pagina.header("X-Content-Type-Options"));
        assertEquals("DENY", pagina.header("X-Frame-Options"));
        String etag = pagina.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "a strong ETag");
        given().header("If-None-Match", etag).get("/openbaar/rondes/" + s.jaar).then().statusCode(304).header("ETag", etag);
        String html = pagina.asString();
        assertTrue(html.contains("Veendam &lt;b&gt;&amp;&lt;/b&gt; omstreken"), "names are HTML-escaped");
        assertFalse(html.contains("<script"), "no JavaScript");
        assertTrue(html.contains("Bron: CBS, Kadaster"), "the map credits its source");
        assertTrue(html.contains("/openbaar/rondes/" + vorig), "links to the other published rounds");
        assertTrue(given().get("/openbaar").then().statusCode(200).extract().asString().contains("/openbaar/rondes/" + s.jaar + "\""));

        // Open data: the figures of the JSON reports.
        overzicht = api("/rondes/" + s.jaar + "/overzicht");
        JsonNode open = Events.JSON.readTree(given().get("/openbaar/rondes/" + s.jaar + ".json").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300").contentType("application/json").extract().asString());
        assertEquals(overzicht, open.get("overzicht"));
        assertEquals(api("/rondes/" + s.jaar + "/regios?pageSize=100&sort=regio").toString(), open.get("regios").toString());
        String csv = given().get("/openbaar/rondes/" + s.jaar + ".csv").then().statusCode(200).contentType("text/csv").extract().asString();
        assertEquals(6, csv.strip().split("\r?\n").length, "a header and one row per region");
        // The shared export dialect (contract branch): a BOM and semicolons, so Dutch Excel opens it as columns.
        assertTrue(csv.startsWith("\uFEFFregio;naam;zorgkantoorregio;status"));

        // The region page of a region that is not in the round, an unknown round and an unknown path: a proper 404 page.
        for (String pad : List.of("/openbaar/rondes/" + s.jaar + "/regios/ZK99-ONBEKEND", "/openbaar/rondes/1999",
                "/openbaar/rondes/abc", "/openbaar/iets")) {
            String tekst = given().get(pad).then().statusCode(404).contentType("text/html").header("Cache-Control", "no-store")
                    .extract().asString();
            assertTrue(tekst.contains("Deze pagina is er niet"), pad);
        }

        Map<String, String> verwacht = new HashMap<>();
        for (JsonNode rij : open.get("regios")) {
            verwacht.put(rij.get("regio").asText(), rij.get("status").asText());
        }
        assertEquals(Map.of(r.get("INORDE"), "in-orde", r.get("VERSCHIL"), "verschil", r.get("ONTEVREDEN"), "ontevreden",
                r.get("LEEG"), "niet-ingevuld", r.get("NIEUW"), "in-orde"), verwacht);

        try (Browser browser = new Browser()) {
            browser.driver.get(basis + "openbaar/rondes/" + s.jaar);
            List<WebElement> vormen = browser.driver.findElements(By.cssSelector("svg.kaart-svg a > path.regio"));
            assertEquals(5, vormen.size(), "one shape per region, also the one with the new gemeente");
            for (WebElement vorm : vormen) {
                String regio = vorm.getAttribute("data-regio");
                assertEquals(verwacht.get(regio), vorm.getAttribute("data-status"), regio);
                assertEquals(KLEUREN.get(verwacht.get(regio)), vorm.getAttribute("fill"), regio);
                assertTrue(vorm.getAttribute("d").startsWith("M"), regio);
            }
            // Response per financier as in the overview: gemeenten answered in 5 of 5, the others in 4 of 5.
            List<String> respons = browser.driver.findElements(By.cssSelector("#respons tbody tr")).stream()
                    .map(WebElement::getText).toList();
            for (int i = 0; i < 3; i++) {
                JsonNode regel = overzicht.at("/respons/" + i);
                assertTrue(respons.get(i).contains(regel.get("beantwoord").asText() + " " + regel.get("van").asText()), respons.get(i));
            }
            String scores = browser.driver.findElement(By.id("scores")).getText();
            assertTrue(scores.contains(String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.1f",
                    overzicht.at("/scores/0/gemiddelde").asDouble())), scores);
            String verschillen = browser.driver.findElement(By.id("verschillen")).getText();
            assertTrue(verschillen.contains("Proces " + overzicht.at("/verschillenPerVraag/0/aantalRegios").asText() + " 5"), verschillen);
            assertEquals(overzicht.get("signalen").size(), browser.driver.findElements(By.cssSelector("#signalen li")).size());
            assertEquals(3, overzicht.get("signalen").size(), "verschil, ontevreden and niet-ingevuld after a niet-ingevuld or verschil last year");
            // Other tests publish rounds too: this one's two rounds are among the trend's rows.
            List<String> trendJaren = browser.driver.findElements(By.cssSelector("#trend tbody th")).stream().map(WebElement::getText).toList();
            assertTrue(trendJaren.containsAll(List.of(String.valueOf(vorig), String.valueOf(s.jaar))), trendJaren.toString());
            assertGeenSchendingen(browser, "landelijk");
            browser.schermafdruk("openbaar-landelijk-desktop");
            browser.formaat(Browser.TELEFOON);
            Number breedte = (Number) browser.driver.executeScript("return document.documentElement.scrollWidth");
            assertTrue(breedte.intValue() <= 360, "no horizontal scrolling on a phone: " + breedte);
            browser.schermafdruk("openbaar-landelijk-telefoon");
            browser.formaat(Browser.DESKTOP);

            // The region page through its link on the map.
            browser.driver.get(basis + "openbaar/rondes/" + s.jaar + "/regios/" + r.get("ONTEVREDEN"));
            JsonNode detail = api("/rondes/" + s.jaar + "/regios/" + r.get("ONTEVREDEN"));
            assertEquals("ontevreden", browser.driver.findElement(By.id("status")).getAttribute("data-status"));
            assertEquals("Hulpvraag aan VNG en ZN", browser.driver.findElement(By.id("escalatie")).getText());
            List<WebElement> rijen = browser.driver.findElements(By.cssSelector("#antwoorden tbody tr"));
            assertEquals(detail.get("vragen").size(), rijen.size());
            String resultaten = rijen.get(2).getText();
            for (JsonNode antwoord : detail.at("/vragen/2/antwoorden")) {
                assertTrue(resultaten.contains(antwoord.get("score").asText() + " (niet tevreden)"), resultaten);
            }
            assertEquals(2, browser.driver.findElements(By.cssSelector("#opvolgingen li")).size());
            assertEquals(2, browser.driver.findElements(By.cssSelector("#historie tbody tr")).size());
            assertEquals(1, browser.driver.findElements(By.cssSelector("#grafiek-historie")).size());
            assertFalse(browser.driver.getPageSource().contains("Opvolging besproken"), "free text stays off the public pages");
            assertGeenSchendingen(browser, "regio");
            browser.schermafdruk("openbaar-regio-desktop");
            browser.formaat(Browser.TELEFOON);
            browser.schermafdruk("openbaar-regio-telefoon");
        }
        assertTrue(Files.size(Path.of("target/schermafdrukken/openbaar-landelijk-desktop.png")) > 10_000);

        // Withdrawn: gone again, also from the list of rounds.
        Events.ronde(s.jaar, "gesloten", s.openingsdag.plusDays(1), 4);
        wachtTot(() -> given().get("/openbaar/rondes/" + s.jaar).statusCode(), status -> status == 404, "publicatie ingetrokken");
        given().get("/openbaar/rondes/" + s.jaar + ".json").then().statusCode(404);
        given().get("/openbaar/rondes/" + s.jaar + "/regios/" + r.get("ONTEVREDEN")).then().statusCode(404);
        assertFalse(given().get("/openbaar").then().statusCode(200).extract().asString().contains("/openbaar/rondes/" + s.jaar + "\""));
    }

    /**
     * The whole country: one region per zorgkantoorregio with the registry's seed gemeenten (Groningen split in two),
     * every status present. Every gemeente belongs to a region, so nothing is drawn as background; the screenshot of
     * this page is the one in the README.
     */
    @Test
    void deKaartVanHeelNederland() throws Exception {
        Scenario s = new Scenario();
        String lang = s.openingsdag.minusYears(1).toString();
        Map<String, List<String[]>> perRegio = new LinkedHashMap<>();
        Map<String, String> namen = new HashMap<>();
        // The registry's seed data (beside this module), the source of the default division.
        List<String> regels = Files.readAllLines(Path.of("../registry-service/src/main/resources/seed/regions.csv"));
        for (String regel : regels.subList(1, regels.size())) {
            List<String> velden = csvVelden(regel);
            String zk = velden.get(2);
            String code = zk.equals("ZK09") && perRegio.getOrDefault(s.regio(zk + "A"), List.of()).size() >= 5 ? s.regio(zk + "B")
                    : zk.equals("ZK09") ? s.regio(zk + "A") : s.regio(zk);
            perRegio.computeIfAbsent(code, c -> new ArrayList<>()).add(lid(velden.get(0), velden.get(1), lang, null));
            namen.put(code, velden.get(3) + (code.startsWith("ZK09B") ? " Oost" : code.startsWith("ZK09A") ? " West" : ""));
        }
        Events.ronde(s.jaar, "open", s.openingsdag, 1);
        int i = 0;
        Map<String, String> verwacht = new HashMap<>();
        for (Map.Entry<String, List<String[]>> regio : perRegio.entrySet()) {
            String code = regio.getKey();
            Events.regioMetLeden(code, namen.get(code), code.substring(0, 4), s.openingsdag, s.openingsdag.plusDays(2), 1,
                    regio.getValue());
            switch (i++ % 6) {
                case 0, 1, 2 -> {
                    Events.drieAntwoorden(s.jaar, code, new int[] {7, 8, 7}, new int[] {8, 7, 7}, new int[] {7, 7, 8});
                    verwacht.put(code, "in-orde");
                }
                case 3 -> {
                    Events.drieAntwoorden(s.jaar, code, new int[] {4, 7, 7}, new int[] {8, 7, 6}, new int[] {8, 7, 7});
                    verwacht.put(code, "verschil");
                }
                case 4 -> {
                    Events.drieAntwoorden(s.jaar, code, new int[] {7, 5, 5}, new int[] {7, 5, 4}, new int[] {7, 4, 5});
                    verwacht.put(code, "ontevreden");
                }
                default -> {
                    Events.antwoordset(s.jaar, code, "gemeenten", 1, 7, 7, 7);
                    verwacht.put(code, "niet-ingevuld");
                }
            }
        }
        Events.ronde(s.jaar, "gesloten", s.openingsdag, 2);
        Events.ronde(s.jaar, "gepubliceerd", s.openingsdag, 3);
        wachtTot(() -> api("/rondes/" + s.jaar + "/overzicht"), o -> "gepubliceerd".equals(o.get("rondeStatus").asText())
                && o.get("aantalRegios").asInt() == perRegio.size() && KLEUREN.keySet().stream().allMatch(status ->
                        o.at("/perStatus/" + status).asLong() == verwacht.values().stream().filter(status::equals).count()),
                "alle regio's verwerkt en gepubliceerd");
        try (Browser browser = new Browser()) {
            browser.driver.get(basis + "openbaar/rondes/" + s.jaar);
            List<WebElement> vormen = browser.driver.findElements(By.cssSelector("svg.kaart-svg a > path.regio"));
            assertEquals(32, vormen.size(), "31 zorgkantoorregio's, one of them split");
            for (WebElement vorm : vormen) {
                assertEquals(KLEUREN.get(verwacht.get(vorm.getAttribute("data-regio"))), vorm.getAttribute("fill"));
            }
            assertEquals("", browser.driver.findElement(By.cssSelector("svg.kaart-svg path.overig")).getAttribute("d"),
                    "every gemeente is in a region: no background left");
            assertGeenSchendingen(browser, "landelijk, heel Nederland");
            browser.formaat(new org.openqa.selenium.Dimension(1280, 1180));
            browser.venster("openbaar-nederland-venster");
            browser.formaat(Browser.DESKTOP);
            browser.schermafdruk("openbaar-nederland-desktop");
        }
    }

    /** One line of the seed CSV: fields separated by commas, some quoted. */
    private static List<String> csvVelden(String regel) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (char c : regel.toCharArray()) {
            if (c == '"') {
                tussenAanhalingstekens = !tussenAanhalingstekens;
            } else if (c == ',' && !tussenAanhalingstekens) {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden;
    }

    private static void assertGeenSchendingen(Browser browser, String pagina) {
        Results resultaat = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver);
        List<Rule> schendingen = resultaat.getViolations();
        assertTrue(schendingen.isEmpty(), pagina + ": " + schendingen.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + "): " + v.getNodes().stream().limit(3)
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining("; ")))
                .collect(Collectors.joining(" | ")));
    }
}
