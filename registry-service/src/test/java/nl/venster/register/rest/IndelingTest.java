package nl.venster.register.rest;

import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.register.service.Referentiedata;
import nl.venster.register.events.RegisterEvents;
import org.junit.jupiter.api.Test;

/** Regions and memberships against the real database: the seed, splits, refused changes. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class IndelingTest {

    private static final String BASE = Api.BASE;

    @Inject
    DataSource dataSource;

    @Inject
    Referentiedata referentiedata;

    @Test
    void freshSeedHas31RegionsAnd342GemeentenAndPassesTheCoverageCheck() {
        // Other tests add regions later than 2026; the seeded division starts on 2020-01-01.
        Api.lezer().get(BASE + "/regios?peildatum=2020-01-01").then().statusCode(200).header("X-Total-Count", "31");
        Api.lezer().get(BASE + "/zorgkantoorregios").then().statusCode(200).header("X-Total-Count", "31");
        Api.lezer().get(BASE + "/gemeenten?peildatum=2025-06-01").then().statusCode(200).header("X-Total-Count", "342");
        for (String peildatum : List.of("2020-01-01", "2023-07-15", "2025-06-01")) {
            Api.lezer().get(BASE + "/dekking?peildatum=" + peildatum).then().statusCode(200)
                    .header("X-Total-Count", "0").body("$", hasSize(0));
        }
        Api.lezer().get(BASE + "/dekking").then().statusCode(200).body("$", hasSize(0));
        Api.lezer().get(BASE + "/regios/ZK23?peildatum=2024-01-01").then().statusCode(200)
                .body("naam", equalTo("Utrecht")).body("zorgkantoorregio", equalTo("ZK23"))
                .body("themas", equalTo(List.of("ouderen", "ggz", "preventie")))
                .body("gemeenten", hasSize(25)).body("geldigVanaf", equalTo("2020-01-01"));
        Api.lezer().get(BASE + "/gemeenten/GM0820").then().statusCode(200)
                .body("naam", equalTo("Nuenen, Gerwen en Nederwetten")).body("lidmaatschappen[0].vanaf", equalTo("2020-01-01"));
    }

    @Test
    void splittingUtrechtIntoThreeRegionsIsOneChangeAndCoverageStaysEmpty() {
        List<String> utrecht = Api.gemeentecodes("ZK23", "2027-01-01");
        assertEquals(25, utrecht.size());
        List<Map<String, String>> verplaatsingen = new ArrayList<>();
        String[] doelen = {"ZK23-STAD", "ZK23-WEST", "ZK23-OOST"};
        for (int i = 0; i < utrecht.size(); i++) {
            verplaatsingen.add(Map.of("gemeente", utrecht.get(i), "regio", i == 0 ? "ZK23-STAD" : doelen[1 + i % 2]));
        }
        Map<String, Object> splitsing = Map.of("ingangsdatum", "2027-01-01",
                "nieuweRegios", List.of(
                        Map.of("code", "ZK23-STAD", "naam", "Utrecht Stad", "zorgkantoorregio", "ZK23"),
                        Map.of("code", "ZK23-WEST", "naam", "Utrecht West", "zorgkantoorregio", "ZK23",
                                "themas", List.of("jeugd")),
                        Map.of("code", "ZK23-OOST", "naam", "Utrecht Oost", "zorgkantoorregio", "ZK23")),
                "verplaatsingen", verplaatsingen,
                "beeindigdeRegios", List.of("ZK23"));

        Api.beheerder().body(splitsing).post(BASE + "/indelingswijzigingen").then().statusCode(200)
                .body("code", equalTo(List.of("ZK23", "ZK23-OOST", "ZK23-STAD", "ZK23-WEST")))
                .body("find { it.code == 'ZK23' }.geldigTot", equalTo("2027-01-01"))
                .body("find { it.code == 'ZK23' }.versie", equalTo(2))
                .body("find { it.code == 'ZK23-WEST' }.themas", equalTo(List.of("ouderen", "ggz", "preventie", "jeugd")));

        for (String peildatum : List.of("2026-12-31", "2027-01-01", "2035-01-01")) {
            Api.lezer().get(BASE + "/dekking?peildatum=" + peildatum).then().statusCode(200).body("$", hasSize(0));
        }
        Api.lezer().get(BASE + "/regios?zorgkantoorregio=ZK23&peildatum=2027-01-01").then().statusCode(200)
                .body("code", containsInAnyOrder("ZK23-STAD", "ZK23-WEST", "ZK23-OOST"));
        Api.lezer().get(BASE + "/regios/ZK23-STAD?peildatum=2027-01-01").then().body("gemeenten.code", equalTo(List.of(utrecht.get(0))));
        // History stays queryable: before the split, Utrecht was one region.
        Api.lezer().get(BASE + "/regios/ZK23?peildatum=2026-12-31").then().body("gemeenten", hasSize(25));
        Api.lezer().get(BASE + "/regios/ZK23/lidmaatschappen?peildatum=2027-01-01").then().statusCode(200).body("$", hasSize(0));
        Api.lezer().get(BASE + "/gemeenten/" + utrecht.get(1) + "?peildatum=2027-01-01").then()
                .body("regio", equalTo(doelen[2])).body("lidmaatschappen", hasSize(2))
                .body("lidmaatschappen[0].tot", equalTo("2027-01-01"));
        Api.beheerder().get(BASE + "/audit-regels?resourceType=regio&resourceId=ZK23-STAD").then().statusCode(200)
                .body("[0].actie", equalTo("aangemaakt")).body("[0].subject", equalTo("beheerder-test"));
    }

    @Test
    void aChangeThatWouldOrphanAGemeenteIsRefusedNamingItAndChangesNothing() throws Exception {
        List<String> groningen = Api.gemeentecodes("ZK09", "2028-01-01");
        String vergeten = groningen.get(groningen.size() - 1);
        Map<String, Object> voor = Api.lezer().get(BASE + "/regios/ZK09").then().extract().jsonPath().getMap("$");
        List<Map<String, String>> verplaatsingen = groningen.subList(0, groningen.size() - 1).stream()
                .map(g -> Map.of("gemeente", g, "regio", "ZK09-NIEUW")).toList();
        Map<String, Object> wijziging = Map.of("ingangsdatum", "2028-01-01",
                "nieuweRegios", List.of(Map.of("code", "ZK09-NIEUW", "naam", "Groningen nieuw", "zorgkantoorregio", "ZK09")),
                "verplaatsingen", verplaatsingen, "beeindigdeRegios", List.of("ZK09"));

        assertProblem(Api.beheerder().body(wijziging).post(BASE + "/indelingswijzigingen").then(), 409)
                .body("detail", containsString(vergeten))
                .body("gemeenten.gemeentecode", equalTo(List.of(vergeten)))
                .body("gemeenten[0].soort", equalTo("geen-regio"))
                .body("gemeenten[0].vanaf", equalTo("2028-01-01"));

        assertProblem(Api.lezer().get(BASE + "/regios/ZK09-NIEUW").then(), 404);
        Api.lezer().get(BASE + "/regios/ZK09").then().statusCode(200).body("geldigTot", nullValue())
                .body("versie", equalTo(voor.get("versie"))).body("gemeenten", hasSize(groningen.size()));
        Api.lezer().get(BASE + "/regios/ZK09/lidmaatschappen").then().body("tot", not(hasItem("2028-01-01")));
        assertEquals(0, outboxRijen("ZK09-NIEUW"));
    }

    @Test
    void aMoveBetweenTwoRegionsEndsTheOldMembershipAndRefusesInvalidInputListingEveryField() {
        Api.beheerder().body(Map.of("ingangsdatum", "2029-01-01", "gemeenten", List.of("GM0363", "GM9998", "x")))
                .post(BASE + "/regios/ZK11/lidmaatschappen").then().statusCode(400)
                .body("invalidParams.name", hasItem("gemeenten[2]"));
        assertProblem(Api.beheerder().body(Map.of("ingangsdatum", "2029-01-01", "gemeenten", List.of("GM9998")))
                .post(BASE + "/regios/ZK11/lidmaatschappen").then(), 400)
                .body("invalidParams.name", hasItem("verplaatsingen[0].gemeente"));
        assertProblem(Api.beheerder().body(Map.of("ingangsdatum", "2029-01-01", "gemeenten", List.of("GM0363")))
                .post(BASE + "/regios/ZK99/lidmaatschappen").then(), 404);
        assertProblem(Api.lezer().body(Map.of("ingangsdatum", "2029-01-01", "gemeenten", List.of("GM0363")))
                .post(BASE + "/regios/ZK11/lidmaatschappen").then(), 403);
        assertProblem(Api.lezer().get(BASE + "/regios?peildatum=gisteren&page=0").then(), 400)
                .body("invalidParams.name", containsInAnyOrder("peildatum", "page"));
        assertProblem(Api.lezer().get(BASE + "/gemeenten/gm12").then(), 400).body("invalidParams.name", hasItem("code"));
        assertProblem(Api.lezer().get(BASE + "/gemeenten/GM9997").then(), 404);
        assertProblem(Api.lezer().get(BASE + "/gemeenten?zorgkantoorregio=Utrecht").then(), 400)
                .body("invalidParams.name", hasItem("zorgkantoorregio"));
    }

    @Test
    void regionDataChangesKeepTheMandatoryThemes() {
        assertProblem(Api.beheerder().body(Map.of("naam", "Drenthe", "zorgkantoorregio", "ZK06",
                "themas", List.of("ouderen", "ggz", "jeugd"))).put(BASE + "/regios/ZK06").then(), 400)
                .body("invalidParams.name", hasItem("themas"));
        Api.beheerder().body(Map.of("naam", "Drenthe", "zorgkantoorregio", "ZK06", "voortouwZorgverzekeraar", "Zilveren Kruis",
                "themas", List.of("ouderen", "ggz", "preventie", "arbeidsmarkt"))).put(BASE + "/regios/ZK06").then()
                .statusCode(200).body("voortouwZorgverzekeraar", equalTo("Zilveren Kruis"))
                .body("themas", hasItem("arbeidsmarkt")).body("versie", equalTo(2));
        Api.beheerder().body(Map.of("code", "ZK06-EXTRA", "naam", "Extra", "zorgkantoorregio", "ZK06", "geldigVanaf", "2031-01-01"))
                .post(BASE + "/regios").then().statusCode(201).header("Location", containsString("/regios/ZK06-EXTRA"))
                .body("themas", equalTo(List.of("ouderen", "ggz", "preventie")));
        assertProblem(Api.beheerder().body(Map.of("code", "ZK06-EXTRA", "naam", "Extra", "zorgkantoorregio", "ZK06"))
                .post(BASE + "/regios").then(), 409);
        assertProblem(Api.lezer().body(Map.of("code", "ZK06-LEZER", "naam", "Extra", "zorgkantoorregio", "ZK06"))
                .post(BASE + "/regios").then(), 403);
    }

    @Test
    void aRegionThatEndsTakesItsRolesWithItOnTheSameDate() throws Exception {
        String code = "EINDE-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.beheerder().body(Map.of("code", code, "naam", "Eindigt", "zorgkantoorregio", "ZK07", "geldigVanaf", "2020-01-01"))
                .post(BASE + "/regios").then().statusCode(201);
        String persoon = Api.beheerder().body(Map.of("naam", "Aanspreekpunt Eindigt", "subject", "eindigt-" + code))
                .post(BASE + "/contactpersonen").then().statusCode(201).extract().path("id");
        String lopend = Api.beheerder().body(Map.of("contactpersoon", persoon, "financier", "gemeenten",
                "rol", "bestuurlijk-aanspreekpunt", "vanaf", "2024-01-01")).post(BASE + "/regios/" + code + "/rollen")
                .then().statusCode(201).extract().path("id");
        String later = Api.beheerder().body(Map.of("contactpersoon", persoon, "financier", "zorgkantoor",
                "rol", "trekker", "vanaf", "2031-01-01")).post(BASE + "/regios/" + code + "/rollen")
                .then().statusCode(201).extract().path("id");
        int contactEvents = contactpersoonEvents(persoon);

        Api.beheerder().body(Map.of("ingangsdatum", "2030-01-01", "beeindigdeRegios", List.of(code)))
                .post(BASE + "/indelingswijzigingen").then().statusCode(200);

        Api.lezer().get(BASE + "/regios/" + code + "/rollen").then().statusCode(200)
                .body("id", equalTo(List.of(lopend))).body("[0].tot", equalTo("2030-01-01"));
        Api.lezer().get(BASE + "/regios/" + code + "/rollen?peildatum=2030-01-01").then().body("$", hasSize(0));
        // The holder is published once with the ended roles, so the venster-service's replica follows (counted on the
        // contactpersonen topic: each publication also writes the person's address to the contactadressen topic).
        assertEquals(contactEvents + 1, contactpersoonEvents(persoon));
        Api.beheerder().get(BASE + "/audit-regels?resourceType=roltoewijzing&resourceId=" + later).then()
                .body("[0].actie", equalTo("beeindigd-met-regio"));
        // New roles cannot outlive the region either.
        assertProblem(Api.beheerder().body(Map.of("contactpersoon", persoon, "financier", "zorgverzekeraar",
                "rol", "trekker", "vanaf", "2029-01-01")).post(BASE + "/regios/" + code + "/rollen").then(), 400)
                .body("invalidParams.name", equalTo(List.of("tot")));
        Api.beheerder().body(Map.of("contactpersoon", persoon, "financier", "zorgverzekeraar",
                "rol", "trekker", "vanaf", "2029-01-01", "tot", "2030-01-01")).post(BASE + "/regios/" + code + "/rollen")
                .then().statusCode(201);
    }

    @Test
    void theSeedPublishedEachRegionOnceAndLoadingAgainChangesNothing() throws Exception {
        String prefix = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("");
        String seedEvents = "select count(distinct record_key) from outbox_event where topic = '" + prefix + "register.regios' "
                + "and cloud_event ->> 'sequence' = '1' and record_key ~ '^ZK[0-9]{2}$'";
        assertEquals(31, telling(seedEvents));
        int outbox = telling("select count(*) from outbox_event");
        int regios = telling("select count(*) from regio");
        int leden = telling("select count(*) from lidmaatschap");
        referentiedata.laad();
        assertEquals(outbox, telling("select count(*) from outbox_event"));
        assertEquals(regios, telling("select count(*) from regio"));
        assertEquals(leden, telling("select count(*) from lidmaatschap"));
        assertEquals(342, telling("select count(*) from gemeente where geldig_vanaf = date '2020-01-01'"));
    }

    private int telling(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private int contactpersoonEvents(String persoon) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from outbox_event where record_key = ? and topic = ?")) {
            select.setString(1, persoon);
            select.setString(2, EventsTopics.prefix() + RegisterEvents.TOPIC_CONTACTPERSONEN);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private int outboxRijen(String sleutel) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from outbox_event where record_key = ?")) {
            select.setString(1, sleutel);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
