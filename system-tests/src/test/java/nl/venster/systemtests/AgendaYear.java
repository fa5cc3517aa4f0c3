package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The samenwerkingsagenda's of the full year (DESIGN.md §7): built through the registry's API by the region's own
 * contacts and the beheerder, with the refusals the rules require, and checked in the reports of every year.
 * One region has an adopted agenda in force, one only a concept, one an agenda that ended early; the others none.
 */
final class AgendaYear {

    final String adopted;
    final String concept;
    final String ended;
    private final World world;
    private final String registry;

    AgendaYear(World world) {
        this.world = world;
        this.registry = world.system.registry.baseUrl();
        this.adopted = world.regions.get(5);
        this.concept = world.regions.get(6);
        this.ended = world.regions.get(7);
    }

    private static Map<String, Object> agenda(String titel, String vanaf, String tot) {
        Map<String, Object> body = new HashMap<>();
        body.put("titel", titel);
        body.put("looptijdVanaf", vanaf);
        body.put("looptijdTot", tot);
        body.put("gedeeldeAmbitie", "Systeemtest: samen de juiste zorg op de juiste plek");
        body.put("betrokkenPartijen", List.of(Map.of("naam", "Provincie", "soort", "provincie", "rol", "partner"),
                Map.of("naam", "Procesbegeleider", "soort", "procesbegeleider", "rol", "onafhankelijk procesbegeleider")));
        body.put("themas", List.of(
                Map.of("thema", "ouderen", "opgave", "Vergrijzing", "doelen", List.of(Map.of("omschrijving", "Minder opnames",
                        "indicator", "opnames per 1.000 75-plussers", "nulwaarde", "40", "streefwaarde", "32", "streefdatum", "2027-12-31")),
                        "knelpunten", List.of("Personeelstekort"), "oplossingsrichtingen", List.of("Wijkteams")),
                Map.of("thema", "ggz", "opgave", "Sluitende GGZ-keten", "doelen", List.of(), "knelpunten", List.of(),
                        "oplossingsrichtingen", List.of())));
        return body;
    }

    private static Map<String, Object> afspraak(String thema, String trekker) {
        return Map.of("thema", thema, "omschrijving", "Systeemtest-afspraak " + thema, "trekker", trekker,
                "financiers", List.of("gemeenten", "zorgkantoor"), "geplandeStart", "2025-01-01", "geplandEinde", "2027-12-31");
    }

    private String trekker(String region) {
        String id = as(world.beheerder).body(Map.of("naam", "Systeemtest trekker " + region, "subject", "st-trekker-" + region))
                .post(registry + "/contactpersonen").then().statusCode(201).extract().path("id").toString();
        as(world.beheerder).body(Map.of("contactpersoon", id, "financier", "gemeenten", "rol", "trekker", "thema", "ggz",
                "vanaf", "2020-01-01")).post(registry + "/regios/" + region + "/rollen").then().statusCode(201);
        return id;
    }

    /** Builds the agendas; every refused request is checked to change nothing. */
    void build() {
        String trekker = trekker(adopted);
        String elsewhere = trekker(concept);
        // The region's own aanspreekpunt drafts and adopts; the beheerder ends the other one early.
        String own = world.aanspreekpunt(adopted, "gemeenten");
        String id = as(own).body(agenda("Samenwerkingsagenda 2025–2027", "2025-01-01", "2028-01-01"))
                .post(registry + "/regios/" + adopted + "/agendas").then().statusCode(201).extract().path("id").toString();
        as(world.aanspreekpunt(concept, "gemeenten")).header("If-Match", "\"1\"").body(agenda("Overgenomen", "2025-01-01", "2028-01-01"))
                .put(registry + "/agendas/" + id).then().statusCode(403);
        String afspraakGgz = as(own).body(afspraak("ggz", trekker)).post(registry + "/agendas/" + id + "/afspraken")
                .then().statusCode(201).extract().path("id").toString();
        as(own).body(afspraak("ouderen", trekker)).post(registry + "/agendas/" + id + "/afspraken").then().statusCode(201);
        as(own).body(afspraak("ouderen", elsewhere)).post(registry + "/agendas/" + id + "/afspraken").then().statusCode(400);
        as(own).body(afspraak("wonen", trekker)).post(registry + "/agendas/" + id + "/afspraken").then().statusCode(400);
        // The trekker records progress itself: it may edit its region's agenda.
        as(world.system.token("st-trekker-" + adopted, "aanspreekpunt")).header("If-Match", "\"1\"")
                .body(Map.of("datum", "2025-06-01", "toelichting", "Gestart", "status", "loopt"))
                .post(registry + "/afspraken/" + afspraakGgz + "/voortgang").then().statusCode(201);
        as(own).header("If-Match", "\"1\"").body(Map.of("vastgesteldOp", "2025-01-20", "vastgesteldDoor", "Systeemtest: bestuurlijk overleg"))
                .post(registry + "/agendas/" + id + "/vaststelling").then().statusCode(412);
        as(own).header("If-Match", "\"4\"").body(Map.of("vastgesteldOp", "2025-01-20", "vastgesteldDoor", "Systeemtest: bestuurlijk overleg"))
                .post(registry + "/agendas/" + id + "/vaststelling").then().statusCode(200);
        String second = as(own).body(agenda("Overlappend", "2027-01-01", "2029-01-01")).post(registry + "/regios/" + adopted + "/agendas")
                .then().statusCode(201).extract().path("id").toString();
        as(own).header("If-Match", "\"1\"").body(Map.of("vastgesteldOp", "2025-02-01", "vastgesteldDoor", "Systeemtest"))
                .post(registry + "/agendas/" + second + "/vaststelling").then().statusCode(409);
        as(own).header("If-Match", "\"1\"").delete(registry + "/agendas/" + second).then().statusCode(204);

        as(world.aanspreekpunt(concept, "zorgkantoor")).body(agenda("Concept-agenda", "2025-01-01", "2028-01-01"))
                .post(registry + "/regios/" + concept + "/agendas").then().statusCode(201);

        String early = as(world.beheerder).body(agenda("Agenda 2024–2026", "2024-01-01", "2027-01-01"))
                .post(registry + "/regios/" + ended + "/agendas").then().statusCode(201).extract().path("id").toString();
        as(world.beheerder).header("If-Match", "\"1\"").body(Map.of("vastgesteldOp", "2024-02-01", "vastgesteldDoor", "Systeemtest"))
                .post(registry + "/agendas/" + early + "/vaststelling").then().statusCode(200);
        as(world.beheerder).header("If-Match", "\"2\"").body(Map.of("afgelopenOp", "2025-06-01"))
                .post(registry + "/agendas/" + early + "/beeindiging").then().statusCode(200);

        JsonNode read = json(as(world.lezer).get(registry + "/agendas/" + id).then().statusCode(200).header("ETag", "\"5\"").extract().response());
        assertEquals("vastgesteld", read.get("status").asText());
        assertEquals("loopt", read.at("/themas/1/afspraken/0/status").asText());
    }

    /** The round's reports show the agenda in force on its opening day, count the regions without one and keep it per year. */
    void check(int year) {
        String reporting = world.system.reporting.baseUrl();
        JsonNode overview = Api.poll(Duration.ofSeconds(180), () -> json(as(world.lezer).get(reporting + "/rondes/" + year + "/overzicht")
                .then().statusCode(200).extract().response()), o -> o.at("/agendas/metVastgesteldeAgenda").asLong() == 1);
        List<String> without = new ArrayList<>();
        overview.at("/agendas/regiosZonderAgenda").forEach(r -> without.add(r.get("regio").asText()));
        List<String> expected = new ArrayList<>(world.regions);
        expected.remove(adopted);
        assertEquals(expected, without, "regions without an adopted agenda in " + year);
        assertEquals(world.regions.size() - 1, overview.at("/agendas/zonderVastgesteldeAgenda").asLong());
        overview.at("/agendas/regiosZonderAgenda").forEach(r -> assertEquals(r.get("regio").asText().equals(concept),
                r.get("conceptInVoorbereiding").asBoolean(), "concept in voorbereiding: " + r.get("regio").asText()));

        JsonNode detail = Api.poll(Duration.ofSeconds(180), () -> json(as(world.lezer).get(reporting + "/rondes/" + year + "/regios/" + adopted)
                .then().statusCode(200).extract().response()), d -> d.at("/agenda/themas/1/afsprakenPerStatus/loopt").asInt() == 1);
        assertEquals("Samenwerkingsagenda 2025–2027", detail.at("/agenda/titel").asText());
        assertEquals("vastgesteld", detail.at("/agenda/status").asText());
        assertEquals(1, detail.at("/agenda/themas/0/afsprakenPerStatus/gepland").asInt());
        assertEquals("Minder opnames", detail.at("/agenda/themas/0/doelen/0/omschrijving").asText());
        for (String region : List.of(concept, ended)) {
            assertTrue(json(as(world.lezer).get(reporting + "/rondes/" + year + "/regios/" + region).then().statusCode(200).extract().response())
                    .get("agenda").isNull(), "no adopted agenda in force in " + region);
        }
    }

    /** The agenda status per year in the region histories: the years are those given. */
    void checkHistory(List<Integer> years) {
        String reporting = world.system.reporting.baseUrl();
        for (String region : world.regions) {
            JsonNode history = json(as(world.lezer).get(reporting + "/regios/" + region + "/historie").then().statusCode(200).extract().response());
            String wanted = region.equals(adopted) ? "vastgesteld" : region.equals(concept) ? "concept" : "geen";
            TreeSet<Integer> seen = new TreeSet<>();
            history.get("rondes").forEach(round -> {
                if (years.contains(round.get("jaar").asInt())) {
                    seen.add(round.get("jaar").asInt());
                    assertEquals(wanted, round.at("/agenda/status").asText(), "agenda status of " + region + " in " + round.get("jaar"));
                }
            });
            assertEquals(new TreeSet<>(years), seen, "years in the history of " + region);
        }
    }
}
