package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static nl.venster.venster.support.Scenario.base;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import nl.venster.venster.support.Eventually;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Rounds: default questionnaire, copies, changes only in concept, state by beheerder and by the clock.
 * Round years repeat across runs of the suite, so events are read from this test's start on.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class RondesTest {

    private static final List<Map<String, String>> EIGEN_VRAGEN = List.of(
            Map.of("code", "proces", "tekst", "Tevreden over het proces?", "schaal", "ja-nee"),
            Map.of("code", "ambitie", "tekst", "Hoe ambitieus is de agenda?", "schaal", "rapportcijfer"));

    @Test
    void aNewRoundHasTheDefaultQuestionnaireAndIsPublished() {
        Instant start = Instant.now().minusSeconds(1);
        int jaar = Scenario.conceptRonde();
        given().auth().oauth2(TestTokens.lezer("lezer-1")).get(base() + "/rondes/" + jaar).then().statusCode(200)
                .body("status", equalTo("concept"))
                .body("vragen.code", equalTo(List.of("proces", "agenda", "resultaten")))
                .body("vragen.schaal", equalTo(List.of("rapportcijfer", "rapportcijfer", "rapportcijfer")))
                .body("voldoendeGrens", equalTo(6)).body("spreidingsGrens", equalTo(3)).body("versie", equalTo(1));

        List<EventReader.Event> events = EventReader.read("venster.rondes", "ronde/" + jaar, 1, start);
        assertEquals(1, events.size());
        assertEquals(Integer.toString(jaar), events.get(0).key());
        assertEquals("nl.venster.ronde.gewijzigd", events.get(0).type());
        assertEquals(1, events.get(0).sequence());
        assertEquals("concept", events.get(0).data().get("status").asText());
    }

    @Test
    void questionsAndThresholdsChangeOnlyInConceptAndEveryChangeIsPublished() {
        Instant start = Instant.now().minusSeconds(1);
        int jaar = Scenario.conceptRonde();
        Map<String, Object> ronde = given().auth().oauth2(Scenario.beheerder()).get(base() + "/rondes/" + jaar)
                .then().statusCode(200).extract().as(Map.class);
        Map<String, Object> wijziging = Map.of("opent", ronde.get("opent"), "sluit", ronde.get("sluit"), "vragen", EIGEN_VRAGEN,
                "voldoendeGrens", 7, "spreidingsGrens", 2);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON).body(wijziging)
                .put(base() + "/rondes/" + jaar).then().statusCode(200)
                .body("vragen.code", equalTo(List.of("proces", "ambitie"))).body("voldoendeGrens", equalTo(7))
                .body("versie", equalTo(2));
        assertProblem(given().auth().oauth2(TestTokens.aanspreekpunt("x")).contentType(ContentType.JSON).body(wijziging)
                .put(base() + "/rondes/" + jaar).then(), 403);

        Scenario.zetStatus(jaar, "open");
        Map<String, Object> anders = Map.of("opent", ronde.get("opent"), "sluit", ronde.get("sluit"),
                "vragen", EIGEN_VRAGEN.subList(0, 1), "voldoendeGrens", 7, "spreidingsGrens", 2);
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON).body(anders)
                .put(base() + "/rondes/" + jaar).then(), 409);
        Map<String, Object> andereGrens = Map.of("opent", ronde.get("opent"), "sluit", ronde.get("sluit"),
                "vragen", EIGEN_VRAGEN, "voldoendeGrens", 5, "spreidingsGrens", 2);
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON).body(andereGrens)
                .put(base() + "/rondes/" + jaar).then(), 409);
        // The deadline may still move while the round is open.
        String later = OffsetDateTime.parse((String) ronde.get("sluit")).plusDays(7).toString();
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("opent", ronde.get("opent"), "sluit", later, "vragen", EIGEN_VRAGEN, "voldoendeGrens", 7, "spreidingsGrens", 2))
                .put(base() + "/rondes/" + jaar).then().statusCode(200).body("versie", equalTo(4));
        Scenario.zetStatus(jaar, "gesloten");
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON).body(Map.of("status", "open"))
                .put(base() + "/rondes/" + jaar + "/status").then(), 409);

        List<EventReader.Event> events = EventReader.read("venster.rondes", "ronde/" + jaar, 5, start);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), events.stream().map(EventReader.Event::sequence).toList());
        assertEquals("gesloten", events.get(4).data().get("status").asText());
    }

    @Test
    void aRoundCanBeACopyOfLastYear() {
        int vorig = Scenario.nieuwJaar();
        int jaar = Scenario.nieuwJaar();
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", vorig, "opent", nu.plusDays(30).toString(), "sluit", nu.plusDays(60).toString(),
                        "vragen", EIGEN_VRAGEN, "voldoendeGrens", 8, "spreidingsGrens", 4))
                .post(base() + "/rondes").then().statusCode(201);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", jaar, "opent", nu.plusDays(400).toString(), "sluit", nu.plusDays(430).toString(), "kopieVan", vorig))
                .post(base() + "/rondes").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/rondes/" + jaar))
                .body("vragen.code", equalTo(List.of("proces", "ambitie"))).body("vragen[0].schaal", equalTo("ja-nee"))
                .body("voldoendeGrens", equalTo(8)).body("spreidingsGrens", equalTo(4)).body("status", equalTo("concept"));

        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", jaar, "opent", nu.plusDays(400).toString(), "sluit", nu.plusDays(430).toString()))
                .post(base() + "/rondes").then(), 409);
    }

    @Test
    void invalidRoundsListEveryProblem() {
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", 2100, "opent", nu.plusDays(3).toString(), "sluit", nu.plusDays(1).toString(), "kopieVan", 2020 + 80,
                        "vragen", List.of(Map.of("code", "a", "tekst", "A?", "schaal", "rapportcijfer"),
                                Map.of("code", "a", "tekst", "B?", "schaal", "rapportcijfer"))))
                .post(base() + "/rondes").then(), 400)
                .body("invalidParams.name", hasItems("sluit", "kopieVan", "vragen[1].code"));
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", 1999, "vragen", List.of(Map.of("code", "Proces!", "tekst", "", "schaal", "rapportcijfer"))))
                .post(base() + "/rondes").then(), 400)
                .body("invalidParams.name", hasItems("jaar", "opent", "sluit", "vragen[0].code", "vragen[0].tekst"));
    }

    @Test
    void theClockOpensAndClosesRounds() {
        Instant start = Instant.now().minusSeconds(1);
        int jaar = Scenario.nieuwJaar();
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", jaar, "opent", nu.plusSeconds(2).toString(), "sluit", nu.plusSeconds(6).toString()))
                .post(base() + "/rondes").then().statusCode(201).body("status", equalTo("concept"));

        Eventually.until("round " + jaar + " closes by the clock", () -> "gesloten".equals(given().auth().oauth2(Scenario.beheerder())
                .get(base() + "/rondes/" + jaar).then().statusCode(200).extract().path("status")));
        List<EventReader.Event> events = EventReader.read("venster.rondes", "ronde/" + jaar, 3, start);
        assertEquals("gesloten", events.get(events.size() - 1).data().get("status").asText());
        assertEquals(events.size(), events.get(events.size() - 1).sequence(), "every change has its own version");
    }

    @Test
    void roundsArePaginatedNewestFirst() {
        Scenario.conceptRonde();
        Scenario.conceptRonde();
        given().auth().oauth2(TestTokens.lezer("lezer-1")).get(base() + "/rondes?pageSize=1").then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .body("size()", equalTo(1));
        assertProblem(given().auth().oauth2(TestTokens.lezer("lezer-1")).get(base() + "/rondes?pageSize=1000").then(), 400);
        assertProblem(given().auth().oauth2(TestTokens.lezer("lezer-1")).get(base() + "/rondes/2099").then(), 404);
    }
}
