package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 6, recorded history stays as it was (DESIGN §4, issue 15): a closed round and an open round with answers,
 * then, through the registry's own API, a region renamed, another split in two (one indelingswijziging) and two
 * gemeenten of a third merged into a new gemeente (a herindeling). Every report of both rounds must be byte for byte
 * what it was (the regions' histories too, for those rounds), and the venster-service must still take the open round's
 * division; the round opened afterwards has the new division. Runs last: it changes the registry the other scenarios
 * build on.
 */
@Order(6)
class RegionChangesIT {

    private static final int CLOSED = 2050;
    private static final int OPEN = 2051;
    private static final int NEXT = 2052;
    private static final Duration CATCH_UP = Duration.ofSeconds(180);

    private final World world = World.get();
    private final SystemHarness system = world.system;

    @Test
    void aRenameASplitAndAHerindelingLeaveRoundsThatOpenedBeforeThemAsTheyWere() {
        List<String> answered = world.playClosedRound(CLOSED, 20500006L);
        List<String> withTwoOrMore = answered.stream().filter(code -> gemeenten(code).size() >= 2).toList();
        String renamed = answered.get(1);
        String split = withTwoOrMore.get(withTwoOrMore.size() - 1);
        String merged = withTwoOrMore.get(withTwoOrMore.size() - 2);
        List<String> questions = world.openRound(OPEN);
        for (String region : List.of(renamed, split, merged)) {
            for (String financier : World.FINANCIERS) {
                Map<String, Integer> scores = new LinkedHashMap<>();
                questions.forEach(question -> scores.put(question, financier.equals("zorgkantoor") ? 4 : 8));
                assertEquals(201, world.submit(OPEN, region, financier, scores), region + "/" + financier);
            }
        }

        Map<String, String> before;
        try (ReportingGroup group = new ReportingGroup(system)) {
            Reports.settled(world, system.reporting, group, CATCH_UP);
            before = texts(List.of(renamed, split, merged));
        }

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String newName = "Systeemtest hernoemd " + renamed;
        rename(renamed, newName);
        List<String> parts = List.of(split + "-A", split + "-B");
        split(split, parts, today);
        String newGemeente = merge(merged, today);

        // The round opened after the changes takes the division of its opening day. As a beheerder would, open it once
        // the venster-service has learnt the new division from the registry's events (the concept's voortgang shows it).
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        as(world.beheerder).body(Map.of("jaar", NEXT, "opent", now.plusDays(1).toString(), "sluit", now.plusDays(30).toString()))
                .post(system.venster.baseUrl() + "/rondes").then().statusCode(201);
        Api.poll(CATCH_UP, () -> {
            List<String> listed = new ArrayList<>();
            json(as(world.beheerder).get(system.venster.baseUrl() + "/rondes/" + NEXT + "/voortgang?financier=gemeenten&pageSize=100")
                    .then().statusCode(200).extract().response()).forEach(row -> listed.add(row.get("regio").asText()));
            return listed;
        }, listed -> listed.containsAll(parts) && !listed.contains(split));
        JsonNode concept = json(as(world.beheerder).get(system.venster.baseUrl() + "/rondes/" + NEXT).then().statusCode(200).extract().response());
        as(world.beheerder).body(Map.of("opent", now.minusMinutes(1).toString(), "sluit", concept.get("sluit").asText(),
                        "vragen", Api.JSON.convertValue(concept.get("vragen"), List.class),
                        "voldoendeGrens", concept.get("voldoendeGrens").asInt(), "spreidingsGrens", concept.get("spreidingsGrens").asInt()))
                .put(system.venster.baseUrl() + "/rondes/" + NEXT).then().statusCode(200);
        as(world.beheerder).body(Map.of("status", "open")).put(system.venster.baseUrl() + "/rondes/" + NEXT + "/status");
        Api.poll(CATCH_UP, () -> reportingRegions(NEXT), regions -> regions.containsKey(parts.get(0)) && regions.containsKey(parts.get(1))
                && !regions.containsKey(split) && newName.equals(regions.get(renamed)));
        assertEquals(200, answersStatus(NEXT, parts.get(0)), "a new region is part of the next round");
        assertEquals(404, answersStatus(NEXT, split), "the split region is not part of the next round");
        assertTrue(gemeenten(merged).contains(newGemeente), "the new gemeente belongs to " + merged + " from today");

        // The rounds that opened before the changes keep their regions, answers and reports.
        assertEquals(200, answersStatus(OPEN, split), "the split region stays part of the open round");
        assertEquals(404, answersStatus(OPEN, parts.get(0)), "a new region is not part of the round that opened before it");
        Map<String, String> after;
        try (ReportingGroup group = new ReportingGroup(system)) {
            Reports.settled(world, system.reporting, group, CATCH_UP);
            after = texts(List.of(renamed, split, merged));
        }
        List<String> changed = before.keySet().stream().filter(path -> !before.get(path).equals(after.get(path))).toList();
        System.out.printf("[region changes] %s renamed, %s split into %s, %s took %s; %d reports compared, %d changed%n",
                renamed, split, parts, merged, newGemeente, before.size(), changed.size());
        assertEquals(List.of(), changed, "reports of rounds that opened before the changes");
    }

    /** Every report of the two earlier rounds and the three regions' histories, as the bytes the API sends. */
    private Map<String, String> texts(List<String> regions) {
        Map<String, String> texts = new TreeMap<>();
        for (int year : List.of(CLOSED, OPEN)) {
            String round = "/rondes/" + year;
            text(texts, round + "/overzicht", "application/json");
            text(texts, round + "/regios?pageSize=100", "application/json");
            text(texts, round + "/regios?pageSize=100", "text/csv");
            for (String region : world.regions) {
                text(texts, round + "/regios/" + region, "application/json");
            }
        }
        // A history also lists rounds opened later (with the region's name of today): only these two rounds' entries
        // are recorded history.
        for (String region : regions) {
            Response response = as(world.lezer).get(system.reporting.baseUrl() + "/regios/" + region + "/historie");
            List<String> entries = new ArrayList<>();
            json(response).get("rondes").forEach(round -> {
                if (round.get("jaar").asInt() == CLOSED || round.get("jaar").asInt() == OPEN) {
                    entries.add(round.toString());
                }
            });
            assertEquals(2, entries.size(), "history of " + region + ": " + response.asString());
            texts.put("/regios/" + region + "/historie: rounds " + CLOSED + " and " + OPEN, response.statusCode() + " " + entries);
        }
        return texts;
    }

    private void text(Map<String, String> texts, String path, String mediaType) {
        Response response = as(world.lezer).accept(mediaType).get(system.reporting.baseUrl() + path);
        texts.put(path + " (" + mediaType + ")", response.statusCode() + " " + response.asString());
    }

    private void rename(String code, String newName) {
        JsonNode region = json(as(world.lezer).get(system.registry.baseUrl() + "/regios/" + code).then().statusCode(200).extract().response());
        List<String> themes = new ArrayList<>();
        region.get("themas").forEach(theme -> themes.add(theme.asText()));
        as(world.beheerder).body(Map.of("naam", newName, "zorgkantoorregio", region.get("zorgkantoorregio").asText(), "themas", themes))
                .put(system.registry.baseUrl() + "/regios/" + code).then().statusCode(200);
    }

    private void split(String code, List<String> parts, LocalDate from) {
        String zorgkantoorregio = json(as(world.lezer).get(system.registry.baseUrl() + "/regios/" + code).then().statusCode(200)
                .extract().response()).get("zorgkantoorregio").asText();
        List<String> members = gemeenten(code);
        List<Map<String, String>> moves = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            moves.add(Map.of("gemeente", members.get(i), "regio", parts.get(i % parts.size())));
        }
        List<Map<String, String>> newRegions = parts.stream()
                .map(part -> Map.of("code", part, "naam", "Systeemtest " + part, "zorgkantoorregio", zorgkantoorregio)).toList();
        as(world.beheerder).body(Map.of("ingangsdatum", from.toString(), "nieuweRegios", newRegions, "verplaatsingen", moves,
                        "beeindigdeRegios", List.of(code)))
                .post(system.registry.baseUrl() + "/indelingswijzigingen").then().statusCode(200);
    }

    /** A herindeling: the whole gemeentelijst of today with two gemeenten of the region merged into a new one. */
    private String merge(String region, LocalDate from) {
        List<String> members = gemeenten(region);
        List<String> predecessors = members.subList(0, 2);
        String newCode = "GM99" + String.format("%02d", NEXT % 100);
        List<Map<String, Object>> list = new ArrayList<>();
        String zorgkantoorregio = null;
        for (int page = 1; ; page++) {
            JsonNode rows = json(as(world.lezer).get(system.registry.baseUrl() + "/gemeenten?pageSize=100&page=" + page)
                    .then().statusCode(200).extract().response());
            for (JsonNode row : rows) {
                String code = row.get("code").asText();
                if (predecessors.contains(code)) {
                    zorgkantoorregio = row.get("zorgkantoorregio").asText();
                } else {
                    list.add(Map.of("gemeentecode", code, "gemeentenaam", row.get("naam").asText(),
                            "zorgkantoorregio", row.get("zorgkantoorregio").asText()));
                }
            }
            if (rows.size() < 100) {
                break;
            }
        }
        list.add(Map.of("gemeentecode", newCode, "gemeentenaam", "Systeemtest Samen", "zorgkantoorregio", zorgkantoorregio,
                "regio", region, "voorgangers", predecessors));
        JsonNode result = json(as(world.beheerder).body(Map.of("gemeenten", list))
                .post(system.registry.baseUrl() + "/herindelingen?ingangsdatum=" + from).then().statusCode(200).extract().response());
        assertTrue(result.get("toegepast").asBoolean(), "herindeling applied: " + result);
        return newCode;
    }

    private List<String> gemeenten(String region) {
        List<String> codes = new ArrayList<>();
        json(as(world.lezer).get(system.registry.baseUrl() + "/regios/" + region).then().statusCode(200).extract().response())
                .get("gemeenten").forEach(gemeente -> codes.add(gemeente.get("code").asText()));
        return codes;
    }

    /** The regions of a round in the reporting-service, with their names. */
    private Map<String, String> reportingRegions(int year) {
        Map<String, String> regions = new TreeMap<>();
        Response response = as(world.lezer).get(system.reporting.baseUrl() + "/rondes/" + year + "/regios?pageSize=100");
        if (response.statusCode() == 200) {
            json(response).forEach(row -> regions.put(row.get("regio").asText(), row.path("naam").asText()));
        }
        return regions;
    }

    private int answersStatus(int year, String region) {
        return as(world.beheerder).get(system.venster.baseUrl() + "/rondes/" + year + "/regios/" + region + "/antwoorden").statusCode();
    }
}
