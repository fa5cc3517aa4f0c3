package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static nl.venster.venster.support.Scenario.antwoorden;
import static nl.venster.venster.support.Scenario.antwoordenPad;
import static nl.venster.venster.support.Scenario.base;
import static nl.venster.venster.support.Scenario.indienen;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.support.RegistryEvents;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/**
 * History is never rewritten (DESIGN.md §4): a round's regions are the division on its opening day, fixed when it
 * opens; regions outside it get the same 404 everywhere; the ladder is climbed in order; the audit trail honours
 * sealing; a round's status is the clock's in every answer.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class VasteIndelingTest {

    private static final LocalDate SINDS = LocalDate.of(2019, 1, 1);

    private static JsonNode regioInIndeling(JsonNode indeling, String code) {
        for (JsonNode regio : indeling) {
            if (regio.get("code").asText().equals(code)) {
                return regio;
            }
        }
        return null;
    }

    private static void nietInRonde(ValidatableResponse response, int jaar, String regio) {
        assertProblem(response, 404).body("detail", containsString("Regio " + regio + " hoort niet bij ronde " + jaar));
    }

    @Test
    void aRoundCreatedWithAnOpeningTimeInThePastIsOpenInTheAnswerTheEventAndEveryRead() {
        Instant start = Instant.now().minusSeconds(1);
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.nieuwJaar();
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", jaar, "opent", nu.minusDays(2).toString(), "sluit", nu.plusDays(30).toString()))
                .post(base() + "/rondes").then().statusCode(201).body("status", equalTo("open")).body("versie", equalTo(1));
        given().auth().oauth2(Scenario.beheerder()).get(base() + "/rondes/" + jaar).then().body("status", equalTo("open"));
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 7, 7), null).then().statusCode(201);

        List<EventReader.Event> events = EventReader.read("venster.rondes", "ronde/" + jaar, 1, start);
        assertEquals("open", events.get(0).data().get("status").asText());
        assertNotNull(regioInIndeling(events.get(0).data().get("indeling"), regio.code()), "the event carries the division");

        // A concept round whose opening time a PUT moves into the past is open in that PUT's answer.
        int later = Scenario.conceptRonde();
        Map<String, Object> ronde = given().auth().oauth2(Scenario.beheerder()).get(base() + "/rondes/" + later).then()
                .body("status", equalTo("concept")).extract().as(Map.class);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("opent", nu.minusHours(1).toString(), "sluit", ronde.get("sluit"), "vragen", ronde.get("vragen"),
                        "voldoendeGrens", 6, "spreidingsGrens", 3))
                .put(base() + "/rondes/" + later).then().statusCode(200).body("status", equalTo("open"));
    }

    @Test
    void theDivisionIsFixedWhenTheRoundOpensAndLaterChangesApplyFromTheNextRound() {
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        RegistryEvents.regioAndWait(regio.code(), "Oude naam", SINDS, null, 2, List.of(
                RegistryEvents.lid("GM9001", "Eerstedorp", SINDS, null),
                RegistryEvents.lid("GM9002", "Tweedorp", SINDS, null),
                RegistryEvents.lid("GM9003", "Vroegerdorp", SINDS, LocalDate.of(2020, 1, 1))));
        Instant start = Instant.now().minusSeconds(1);
        int jaar = Scenario.openRonde();

        // After the round opened: the region is renamed, loses a gemeente and ends today (split); a new region starts.
        RegistryEvents.regioAndWait(regio.code(), "Nieuwe naam", SINDS, vandaag, 3, List.of(
                RegistryEvents.lid("GM9001", "Eerstedorp-Nieuw", SINDS, vandaag),
                RegistryEvents.lid("GM9002", "Tweedorp", SINDS, vandaag.minusDays(1))));
        Scenario.Regio nieuw = Scenario.regioMetAanspreekpunten();

        // The round keeps its region: answers, their history and follow-ups go on.
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 7, 7), null).then().statusCode(201);
        given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "besproken", "toelichting", "Besproken")).post(opvolgingenPad(jaar, regio.code()))
                .then().statusCode(201);
        given().auth().oauth2(Scenario.beheerder()).get(base() + "/rondes/" + jaar + "/voortgang?regio=" + regio.code())
                .then().statusCode(200).body("regioNaam[0]", equalTo("Oude naam"));
        // The registry ended the region's roles with it: its aanspreekpunt can no longer answer for it.
        RegistryEvents.contactpersoonAndWait(regio.contactIds().get("zorgkantoor"), "Aanspreekpunt zorgkantoor",
                regio.aanspreekpunten().get("zorgkantoor"), 2, List.of(RegistryEvents.rol(regio.code(), "zorgkantoor",
                        "bestuurlijk-aanspreekpunt", vandaag.minusYears(1), vandaag)));
        assertProblem(indienen(regio.token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(7, 7, 7), null).then(), 403);

        // A region that was not there when the round opened is not part of it: the same 404 everywhere.
        nietInRonde(indienen(nieuw.token("gemeenten"), jaar, nieuw.code(), "gemeenten", antwoorden(7, 7, 7), null).then(),
                jaar, nieuw.code());
        nietInRonde(given().auth().oauth2(nieuw.token("gemeenten")).get(antwoordenPad(jaar, nieuw.code())).then(), jaar, nieuw.code());
        nietInRonde(given().auth().oauth2(Scenario.beheerder()).get(antwoordenPad(jaar, nieuw.code()) + "/gemeenten/versies").then(),
                jaar, nieuw.code());
        nietInRonde(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("soort", "besproken", "toelichting", "x")).post(opvolgingenPad(jaar, nieuw.code())).then(),
                jaar, nieuw.code());
        nietInRonde(given().auth().oauth2(Scenario.beheerder()).get(opvolgingenPad(jaar, nieuw.code())).then(), jaar, nieuw.code());
        given().auth().oauth2(Scenario.beheerder()).get(base() + "/rondes/" + jaar + "/voortgang?regio=" + nieuw.code())
                .then().statusCode(200).header("X-Total-Count", "0");

        // The division as the round fixed it when it opened: old name, the gemeenten of that day.
        JsonNode indeling = EventReader.read("venster.rondes", "ronde/" + jaar, 1, start).stream()
                .map(event -> event.data().get("indeling")).filter(i -> i != null && !i.isNull()).findFirst().orElseThrow();
        JsonNode vast = regioInIndeling(indeling, regio.code());
        assertEquals("Oude naam", vast.get("naam").asText());
        assertEquals("ZK01", vast.get("zorgkantoorregio").asText());
        assertEquals(List.of("GM9001", "GM9002"), codes(vast.get("gemeenten")));
        assertEquals("Eerstedorp", vast.get("gemeenten").get(0).get("naam").asText());
        assertTrue(regioInIndeling(indeling, nieuw.code()) == null);

        // The next round opens today: the new region belongs to it, the ended one does not.
        int volgende = Scenario.conceptRonde();
        Scenario.zetStatus(volgende, "open");
        indienen(nieuw.token("gemeenten"), volgende, nieuw.code(), "gemeenten", antwoorden(7, 7, 7), null).then().statusCode(201);
        nietInRonde(indienen(regio.token("gemeenten"), volgende, regio.code(), "gemeenten", antwoorden(7, 7, 7), null).then(),
                volgende, regio.code());
    }

    @Test
    void theVwsStepNeedsAnEarlierHulpvraagOfTheRegionInThatRound() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        Scenario.Regio andere = Scenario.regioMetAanspreekpunten();
        int vorige = Scenario.openRonde();
        int jaar = Scenario.openRonde();
        String pad = opvolgingenPad(jaar, regio.code());
        // A hulpvraag of another region or of another round does not count.
        given().auth().oauth2(andere.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "hulpvraag-vng-zn", "toelichting", "Elders")).post(opvolgingenPad(jaar, andere.code()))
                .then().statusCode(201);
        given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "hulpvraag-vng-zn", "toelichting", "Vorig jaar")).post(opvolgingenPad(vorige, regio.code()))
                .then().statusCode(201);
        given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "besproken", "toelichting", "Besproken")).post(pad).then().statusCode(201);

        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("soort", "geagendeerd-vws", "toelichting", "Te vroeg")).post(pad).then(), 409)
                .body("detail", containsString("hulpvraag"));
        given().auth().oauth2(Scenario.beheerder()).get(pad).then().header("X-Total-Count", "1");

        given().auth().oauth2(regio.token("zorgkantoor")).contentType(ContentType.JSON)
                .body(Map.of("soort", "hulpvraag-vng-zn", "toelichting", "Hulpvraag")).post(pad).then().statusCode(201);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("soort", "geagendeerd-vws", "toelichting", "Nu wel")).post(pad).then().statusCode(201)
                .body("volgnummer", equalTo(3));
    }

    @Test
    void theAuditTrailShowsAnAnswerSetOnlyAsFarAsAntwoordenWould() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten",
                Map.of("antwoorden", List.of(Map.of("vraag", "proces", "score", 3, "toelichting", "Geheime toelichting"),
                        Map.of("vraag", "agenda", "score", 4), Map.of("vraag", "resultaten", "score", 5))), null)
                .then().statusCode(201);
        String audit = base() + "/audit-regels?resourceType=antwoordset&resourceId=" + jaar + "/" + regio.code() + "/gemeenten";

        String verzegeld = given().auth().oauth2(Scenario.beheerder()).get(audit).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("[0].actie", equalTo("ingediend"))
                .body("[0].details.verzegeld", equalTo(true))
                .body("[0].details.antwoorden", equalTo(null))
                .body("[0].details.versie", equalTo(1)).extract().asString();
        assertFalse(verzegeld.contains("Geheime toelichting"), verzegeld);
        String alles = given().auth().oauth2(Scenario.beheerder()).get(base() + "/audit-regels?pageSize=100").then()
                .statusCode(200).extract().asString();
        assertFalse(alles.contains("Geheime toelichting"), "the unfiltered trail hides it too");

        indienen(regio.token("zorgverzekeraar"), jaar, regio.code(), "zorgverzekeraar", antwoorden(7, 7, 7), null).then().statusCode(201);
        indienen(regio.token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(7, 7, 7), null).then().statusCode(201);
        given().auth().oauth2(Scenario.beheerder()).get(audit).then().statusCode(200)
                .body("[0].details.verzegeld", equalTo(null))
                .body("[0].details.antwoorden[0].toelichting", equalTo("Geheime toelichting"));
    }

    private static List<String> codes(JsonNode gemeenten) {
        List<String> codes = new java.util.ArrayList<>();
        gemeenten.forEach(g -> codes.add(g.get("code").asText()));
        return codes;
    }

    private static String opvolgingenPad(int jaar, String regio) {
        return base() + "/rondes/" + jaar + "/regios/" + regio + "/opvolgingen";
    }
}
