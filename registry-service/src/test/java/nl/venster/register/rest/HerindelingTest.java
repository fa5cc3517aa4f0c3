package nl.venster.register.rest;

import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.venster.conventions.testing.TestJwtKeys;
import org.junit.jupiter.api.Test;

/** The yearly CBS import against the real database. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class HerindelingTest {

    private static final String BASE = Api.BASE;

    /** The registry's own list of gemeenten on the date, as CBS would publish it. */
    private static List<Map<String, Object>> lijstOp(String peildatum) {
        return Api.alles("/gemeenten?peildatum=" + peildatum).stream()
                .map(g -> new HashMap<String, Object>(Map.of("gemeentecode", g.get("code"), "gemeentenaam", g.get("naam"),
                        "zorgkantoorregio", g.get("zorgkantoorregio"))))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Test
    void dryRunShowsTheMergerAndApplyingItKeepsCoverageEmpty() {
        List<Map<String, Object>> lijst = lijstOp("2030-01-01");
        List<String> zeeland = Api.gemeentecodes("ZK27", "2030-01-01");
        String a = zeeland.get(0);
        String b = zeeland.get(1);
        lijst.removeIf(g -> g.get("gemeentecode").equals(a) || g.get("gemeentecode").equals(b));
        lijst.add(Map.of("gemeentecode", "GM3990", "gemeentenaam", "Zeeuwse Eenheid", "zorgkantoorregio", "ZK27"));

        Api.beheerder().body(Map.of("gemeenten", lijst)).queryParam("ingangsdatum", "2030-01-01").queryParam("dryRun", true)
                .post(BASE + "/herindelingen").then().statusCode(200)
                .body("toegepast", equalTo(false))
                .body("nieuw", hasSize(1))
                .body("nieuw[0].gemeentecode", equalTo("GM3990"))
                .body("nieuw[0].voorgangers", equalTo(List.of(a, b)))
                .body("nieuw[0].regio", equalTo("ZK27"))
                .body("beeindigd.gemeentecode", equalTo(List.of(a, b)))
                .body("beeindigd.opvolger", equalTo(List.of("GM3990", "GM3990")))
                .body("besluitNodig", hasSize(0));
        assertProblem(Api.lezer().get(BASE + "/gemeenten/GM3990").then(), 404);

        Api.beheerder().body(Map.of("gemeenten", lijst)).queryParam("ingangsdatum", "2030-01-01")
                .post(BASE + "/herindelingen").then().statusCode(200).body("toegepast", equalTo(true));

        for (String peildatum : List.of("2029-12-31", "2030-01-01", "2040-01-01")) {
            Api.lezer().get(BASE + "/dekking?peildatum=" + peildatum).then().statusCode(200).body("$", hasSize(0));
        }
        Api.lezer().get(BASE + "/gemeenten/" + a).then().statusCode(200)
                .body("geldigTot", equalTo("2030-01-01")).body("opvolger", equalTo("GM3990"));
        Api.lezer().get(BASE + "/regios/ZK27?peildatum=2030-01-01").then()
                .body("gemeenten.code", hasItem("GM3990")).body("gemeenten.code", not(hasItems(a)));
        Api.lezer().get(BASE + "/regios/ZK27?peildatum=2029-12-31").then().body("gemeenten.code", hasItems(a, b));
        // Importing the same list again changes nothing.
        Api.beheerder().body(Map.of("gemeenten", lijst)).queryParam("ingangsdatum", "2030-01-01").queryParam("dryRun", true)
                .post(BASE + "/herindelingen").then().statusCode(200).body("nieuw", hasSize(0)).body("beeindigd", hasSize(0));
    }

    @Test
    void csvDryRunListsARenameAndChangesNothing() {
        StringBuilder csv = new StringBuilder("gemeentecode,gemeentenaam,zorgkantoorregio_code\r\n");
        for (Map<String, Object> g : lijstOp("2032-01-01")) {
            String naam = g.get("gemeentecode").equals("GM0917") ? "Heerlen, \"Parkstad\"" : (String) g.get("gemeentenaam");
            csv.append(g.get("gemeentecode")).append(",\"").append(naam.replace("\"", "\"\"")).append("\",")
                    .append(g.get("zorgkantoorregio")).append("\r\n");
        }
        Api.beheerder().contentType("text/csv; charset=UTF-8").body(csv.toString())
                .queryParam("ingangsdatum", "2032-01-01").queryParam("dryRun", "true")
                .post(BASE + "/herindelingen").then().statusCode(200)
                .body("hernoemd", hasSize(1)).body("hernoemd[0].gemeentecode", equalTo("GM0917"))
                .body("hernoemd[0].nieuweNaam", equalTo("Heerlen, \"Parkstad\"")).body("nieuw", hasSize(0));
        Api.lezer().get(BASE + "/gemeenten/GM0917").then().body("naam", equalTo("Heerlen"));
    }

    @Test
    void aNewGemeenteWithoutDerivableRegionIsRefusedUntilDecided() {
        Api.beheerder().body(Map.of("code", "ZK19-TWEEDE", "naam", "Noordoost-Brabant tweede", "zorgkantoorregio", "ZK19",
                "geldigVanaf", "2033-01-01")).post(BASE + "/regios").then().statusCode(201);
        List<Map<String, Object>> lijst = lijstOp("2034-01-01");
        lijst.add(new HashMap<>(Map.of("gemeentecode", "GM3991", "gemeentenaam", "Brabantstad", "zorgkantoorregio", "ZK19")));

        assertProblem(Api.beheerder().body(Map.of("gemeenten", lijst)).queryParam("ingangsdatum", "2034-01-01")
                .post(BASE + "/herindelingen").then(), 409)
                .body("detail", containsString("GM3991"))
                .body("gemeenten.gemeentecode", equalTo(List.of("GM3991")));
        assertProblem(Api.lezer().get(BASE + "/gemeenten/GM3991").then(), 404);

        lijst.get(lijst.size() - 1).put("regio", "ZK19-TWEEDE");
        Api.beheerder().body(Map.of("gemeenten", lijst)).queryParam("ingangsdatum", "2034-01-01")
                .post(BASE + "/herindelingen").then().statusCode(200).body("nieuw[0].regio", equalTo("ZK19-TWEEDE"));
        Api.lezer().get(BASE + "/gemeenten/GM3991?peildatum=2034-01-01").then().body("regio", equalTo("ZK19-TWEEDE"));
        Api.lezer().get(BASE + "/dekking?peildatum=2034-01-01").then().body("$", hasSize(0));
    }

    @Test
    void malformedListsAreRefusedListingEveryProblem() {
        assertProblem(Api.beheerder().contentType("text/csv").body("gemeentecode,gemeentenaam,zorgkantoorregio_code\nGM12,,ZK1\n")
                .queryParam("ingangsdatum", "2035-01-01").post(BASE + "/herindelingen").then(), 400)
                .body("invalidParams.name", hasItems("gemeenten[0].gemeentecode", "gemeenten[0].gemeentenaam",
                        "gemeenten[0].zorgkantoorregio"));
        assertProblem(Api.beheerder().contentType("text/csv").body("code,naam\nGM0001,A\n")
                .post(BASE + "/herindelingen").then(), 400)
                .body("invalidParams.name", hasItem("ingangsdatum"));
        // A misspelt dryRun must not silently apply the list.
        assertProblem(Api.beheerder().contentType("text/csv").body("gemeentecode,gemeentenaam,zorgkantoorregio_code\nGM0014,Groningen,ZK09\n")
                .queryParam("ingangsdatum", "2035-01-01").queryParam("dryRun", "ja").post(BASE + "/herindelingen").then(), 400)
                .body("invalidParams.name", hasItem("dryRun"));
        assertProblem(Api.beheerder().body(Map.of("gemeenten", List.of(
                        Map.of("gemeentecode", "GM0014", "gemeentenaam", "Groningen", "zorgkantoorregio", "ZK98"),
                        Map.of("gemeentecode", "GM0014", "gemeentenaam", "Groningen", "zorgkantoorregio", "ZK09"))))
                .queryParam("ingangsdatum", "2035-01-01").post(BASE + "/herindelingen").then(), 400)
                .body("invalidParams.name", hasItems("gemeenten[0].zorgkantoorregio", "gemeenten[1].gemeentecode"));
        assertProblem(Api.lezer().contentType("text/csv").body("gemeentecode,gemeentenaam,zorgkantoorregio_code\n")
                .queryParam("ingangsdatum", "2035-01-01").post(BASE + "/herindelingen").then(), 403);
    }
}
