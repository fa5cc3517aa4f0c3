package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static nl.venster.venster.support.Scenario.antwoorden;
import static nl.venster.venster.support.Scenario.antwoordenPad;
import static nl.venster.venster.support.Scenario.indienen;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import nl.venster.venster.repository.RondeRepository;
import nl.venster.venster.support.Eventually;
import nl.venster.venster.support.RegistryEvents;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/** Submitting, amending and reading answer sets, with the replica of the registry deciding who may answer. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class AntwoordenTest {

    @Test
    void fullRoundForOneRegionWithThreeFinanciersIsPublishedOncePerSubmission() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();

        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 6, 5), null).then()
                .statusCode(201).header("ETag", "\"1\"")
                .body("versie", equalTo(1)).body("financier", equalTo("gemeenten"))
                .body("antwoorden.vraag", equalTo(List.of("proces", "agenda", "resultaten")))
                .body("antwoorden[0].toelichting", equalTo("Goede afstemming"));
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(8, 6, 5), "\"1\"").then()
                .statusCode(200).header("ETag", "\"2\"").body("versie", equalTo(2));
        indienen(regio.token("zorgverzekeraar"), jaar, regio.code(), "zorgverzekeraar", antwoorden(6, 6, 6), null).then()
                .statusCode(201);
        indienen(regio.token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(4, 9, 7), null).then()
                .statusCode(201);

        given().auth().oauth2(regio.token("zorgkantoor")).get(antwoordenPad(jaar, regio.code())).then().statusCode(200)
                .body("compleet", equalTo(true)).body("ontzegeld", equalTo(true))
                .body("financiers.find { it.financier == 'gemeenten' }.antwoorden.score", equalTo(List.of(8, 6, 5)))
                .body("financiers.find { it.financier == 'gemeenten' }.versie", equalTo(2));

        List<EventReader.Event> events = EventReader.read("venster.antwoorden", "antwoordset/" + jaar + "/" + regio.code() + "/", 4);
        assertEquals(4, events.size(), "each accepted submission exactly once");
        List<EventReader.Event> gemeenten = events.stream()
                .filter(e -> e.cloudEvent().get("subject").asText().endsWith("/gemeenten")).toList();
        assertEquals(List.of(1L, 2L), gemeenten.stream().map(EventReader.Event::sequence).toList());
        EventReader.Event laatste = gemeenten.get(1);
        assertEquals(jaar + "/" + regio.code(), laatste.key());
        assertEquals("nl.venster.antwoordset.ingediend", laatste.type());
        assertEquals("1.0", laatste.cloudEvent().get("specversion").asText());
        assertEquals(2, laatste.data().get("versie").asInt());
        assertEquals(8, laatste.data().get("antwoorden").get(0).get("score").asInt());
        assertEquals("proces", laatste.data().get("antwoorden").get(0).get("vraag").asText());

        assertEquals(List.of(4L), longs("select count(*) from audit_log where resource_type = 'antwoordset' and resource_id like ?",
                jaar + "/" + regio.code() + "/%"), "every submission is audited");
        assertEquals(List.of(2L), longs("select count(*) from audit_log where resource_type = 'antwoordset' and subject = ?",
                regio.aanspreekpunten().get("gemeenten")), "with who submitted it");
    }

    @Test
    void onlyTheAanspreekpuntOfThatFinancierInThatRegionMaySubmit() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        Scenario.Regio andere = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();
        Map<String, Object> body = antwoorden(7, 7, 7);

        assertProblem(indienen(andere.token("gemeenten"), jaar, regio.code(), "gemeenten", body, null).then(), 403);
        assertProblem(indienen(regio.token("zorgkantoor"), jaar, regio.code(), "gemeenten", body, null).then(), 403);
        assertProblem(indienen(Scenario.beheerder(), jaar, regio.code(), "gemeenten", body, null).then(), 403);
        assertProblem(indienen(TestTokens.lezer("lezer-1"), jaar, regio.code(), "gemeenten", body, null).then(), 403);
        // The token's role alone is not enough: a regiocoördinator of the region is no aanspreekpunt.
        UUID coordinator = UUID.randomUUID();
        RegistryEvents.contactpersoonAndWait(coordinator, "Coördinator", "coord-" + regio.code(), 1,
                List.of(RegistryEvents.rol(regio.code(), "gemeenten", "regiocoordinator", LocalDate.now().minusYears(1), null)));
        assertProblem(indienen(TestTokens.aanspreekpunt("coord-" + regio.code()), jaar, regio.code(), "gemeenten", body, null).then(), 403);
        // A role that ended yesterday (tot is exclusive) or starts tomorrow does not count.
        UUID oud = UUID.randomUUID();
        RegistryEvents.contactpersoonAndWait(oud, "Oud", "oud-" + regio.code(), 1, List.of(
                RegistryEvents.rol(regio.code(), "gemeenten", "ambtelijk-aanspreekpunt", LocalDate.now().minusYears(1), LocalDate.now().minusDays(1)),
                RegistryEvents.rol(regio.code(), "gemeenten", "ambtelijk-aanspreekpunt", LocalDate.now().plusDays(2), null)));
        assertProblem(indienen(TestTokens.aanspreekpunt("oud-" + regio.code()), jaar, regio.code(), "gemeenten", body, null).then(), 403);

        assertEquals(0, rows("select count(*) from antwoordset where regio = ?", regio.code()), "nothing stored");
        // An ambtelijk aanspreekpunt may answer too.
        UUID ambtelijk = UUID.randomUUID();
        RegistryEvents.contactpersoonAndWait(ambtelijk, "Ambtelijk", "amb-" + regio.code(), 1, List.of(
                RegistryEvents.rol(regio.code(), "gemeenten", "ambtelijk-aanspreekpunt", LocalDate.now().minusDays(1), LocalDate.now().plusDays(1))));
        indienen(TestTokens.aanspreekpunt("amb-" + regio.code()), jaar, regio.code(), "gemeenten", body, null).then().statusCode(201);
    }

    @Test
    void sealedUntilAllThreeHaveAnswered() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(8, 8, 8), null).then().statusCode(201);
        indienen(regio.token("zorgverzekeraar"), jaar, regio.code(), "zorgverzekeraar", antwoorden(3, 3, 3), null).then().statusCode(201);

        // Own answers at once; the other financier only that it answered.
        given().auth().oauth2(regio.token("gemeenten")).get(antwoordenPad(jaar, regio.code())).then().statusCode(200)
                .body("compleet", equalTo(false)).body("ontzegeld", equalTo(false))
                .body("financiers.find { it.financier == 'gemeenten' }.antwoorden.score", equalTo(List.of(8, 8, 8)))
                .body("financiers.find { it.financier == 'gemeenten' }.verzegeld", equalTo(false))
                .body("financiers.find { it.financier == 'zorgverzekeraar' }.beantwoord", equalTo(true))
                .body("financiers.find { it.financier == 'zorgverzekeraar' }.verzegeld", equalTo(true))
                .body("financiers.find { it.financier == 'zorgverzekeraar' }.antwoorden", nullValue())
                .body("financiers.find { it.financier == 'zorgkantoor' }.beantwoord", equalTo(false));
        // The seal holds for the beheerder and for the financier that has not answered yet.
        given().auth().oauth2(Scenario.beheerder()).get(antwoordenPad(jaar, regio.code())).then().statusCode(200)
                .body("financiers.antwoorden", equalTo(java.util.Arrays.asList(null, null, null)));
        given().auth().oauth2(regio.token("zorgkantoor")).get(antwoordenPad(jaar, regio.code())).then().statusCode(200)
                .body("financiers.findAll { it.antwoorden != null }", equalTo(List.of()));
        assertProblem(given().auth().oauth2(regio.token("zorgkantoor"))
                .get(antwoordenPad(jaar, regio.code()) + "/gemeenten/versies").then(), 403);
        // Outsiders do not see the region at all.
        Scenario.Regio andere = Scenario.regioMetAanspreekpunten();
        assertProblem(given().auth().oauth2(andere.token("gemeenten")).get(antwoordenPad(jaar, regio.code())).then(), 403);
        assertProblem(given().auth().oauth2(TestTokens.lezer("lezer-1")).get(antwoordenPad(jaar, regio.code())).then(), 403);

        indienen(regio.token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(5, 6, 7), null).then().statusCode(201);
        given().auth().oauth2(regio.token("zorgkantoor")).get(antwoordenPad(jaar, regio.code())).then().statusCode(200)
                .body("ontzegeld", equalTo(true))
                .body("financiers.verzegeld", equalTo(List.of(false, false, false)))
                .body("financiers.find { it.financier == 'zorgverzekeraar' }.antwoorden.score", equalTo(List.of(3, 3, 3)));
        given().auth().oauth2(Scenario.beheerder()).get(antwoordenPad(jaar, regio.code()) + "/gemeenten/versies").then()
                .statusCode(200).header("X-Total-Count", "1")
                .body("[0].ingediendDoor", equalTo(regio.aanspreekpunten().get("gemeenten")));
    }

    @Test
    void closingTheRoundUnsealsAndRefusesFurtherAnswers() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(8, 8, 8), null).then().statusCode(201);
        Scenario.zetStatus(jaar, "gesloten");

        given().auth().oauth2(regio.token("zorgkantoor")).get(antwoordenPad(jaar, regio.code())).then().statusCode(200)
                .body("rondeStatus", equalTo("gesloten")).body("compleet", equalTo(false)).body("ontzegeld", equalTo(true))
                .body("financiers.find { it.financier == 'gemeenten' }.antwoorden.score", equalTo(List.of(8, 8, 8)));
        assertProblem(indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(1, 1, 1), "\"1\"").then(), 409);
        assertProblem(indienen(regio.token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(1, 1, 1), null).then(), 409);
        assertEquals(1, rows("select count(*) from antwoordset where regio = ?", regio.code()));
    }

    @Test
    void closingWaitsForASubmissionUnderWayAndLaterOnesAreRefused() throws Exception {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();
        RondeRepository rondes = Arc.container().instance(RondeRepository.class).get();
        CountDownLatch vergrendeld = new CountDownLatch(1);
        CountDownLatch loslaten = new CountDownLatch(1);
        // A submission under way, as far as the round is concerned: its transaction holds the round's shared lock.
        CompletableFuture<Void> inzending = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            rondes.vergrendelGedeeld(jaar);
            vergrendeld.countDown();
            try {
                loslaten.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        vergrendeld.await();
        CompletableFuture<Void> sluiten = CompletableFuture.runAsync(() -> Scenario.zetStatus(jaar, "gesloten"));

        Eventually.until("closing waits for the round's lock", () -> rows(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted and objsubid = 2"
                        + " and database = (select oid from pg_database where datname = current_database()) and objid::text = ?", Integer.toString(jaar)) == 1);
        assertEquals(false, sluiten.isDone(), "the round is not closed while a submission holds its shared lock");
        loslaten.countDown();
        inzending.get();
        sluiten.get();
        assertProblem(indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(1, 1, 1), null).then(), 409);
    }

    @Test
    void aConceptRoundRefusesAnswers() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.conceptRonde();
        assertProblem(indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(8, 8, 8), null).then(), 409);
    }

    @Test
    void amendmentsNeedTheCurrentETag() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();
        String token = regio.token("zorgverzekeraar");
        indienen(token, jaar, regio.code(), "zorgverzekeraar", antwoorden(5, 5, 5), null).then().statusCode(201);
        indienen(token, jaar, regio.code(), "zorgverzekeraar", antwoorden(6, 5, 5), "\"1\"").then().statusCode(200).header("ETag", "\"2\"");

        assertProblem(indienen(token, jaar, regio.code(), "zorgverzekeraar", antwoorden(7, 5, 5), "\"1\"").then(), 412);
        assertProblem(indienen(token, jaar, regio.code(), "zorgverzekeraar", antwoorden(7, 5, 5), "W/\"2\"").then(), 412);
        assertProblem(indienen(token, jaar, regio.code(), "zorgverzekeraar", antwoorden(7, 5, 5), null).then(), 428);
        assertProblem(indienen(token, jaar, regio.code(), "gemeenten", antwoorden(7, 5, 5), null).then(), 403);
        assertProblem(indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 5, 5), "\"1\"").then(), 412);

        given().auth().oauth2(token).get(antwoordenPad(jaar, regio.code()) + "/zorgverzekeraar/versies").then().statusCode(200)
                .body("versie", equalTo(List.of(1, 2)))
                .body("antwoorden[1][0].score", equalTo(6))
                .body("ingediendDoor", hasItems(regio.aanspreekpunten().get("zorgverzekeraar")));
        assertEquals(2, rows("select count(*) from antwoordset where regio = ?", regio.code()));
    }

    @Test
    void invalidAnswersListEveryProblemAndNothingIsStoredOrPublished() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();
        Map<String, Object> body = Map.of("antwoorden", List.of(
                Map.of("vraag", "proces", "score", 11),
                Map.of("vraag", "proces", "score", 5),
                Map.of("vraag", "sfeer", "score", 5)));

        assertProblem(indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", body, null).then(), 400)
                .body("invalidParams.name", containsInAnyOrder("antwoorden[0].score", "antwoorden[1].vraag",
                        "antwoorden[2].vraag", "antwoorden", "antwoorden"))
                .body("invalidParams.reason", hasItems("vraag agenda is niet beantwoord", "vraag resultaten is niet beantwoord"));
        assertProblem(indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten",
                Map.of("antwoorden", List.of(Map.of("vraag", "proces", "score", 0, "toelichting", "x".repeat(2001)))), null).then(), 400)
                .body("invalidParams.name", hasItems("antwoorden[0].toelichting"));
        assertProblem(indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten",
                Map.of("antwoorden", List.of(Map.of("vraag", "proces"))), null).then(), 400)
                .body("invalidParams.name", hasItems("antwoorden[0].score"));

        assertEquals(0, rows("select count(*) from antwoordset where regio = ?", regio.code()));
        assertEquals(0, rows("select count(*) from outbox_event where record_key = ?", jaar + "/" + regio.code()));
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(5, 5, 5), null).then().statusCode(201);
        List<EventReader.Event> events = EventReader.read("venster.antwoorden", "antwoordset/" + jaar + "/" + regio.code() + "/", 1);
        assertEquals(List.of(1L), events.stream().map(EventReader.Event::sequence).toList(), "only the valid submission");
    }

    @Test
    void unknownFinancierOrRegionFormatIs400() {
        int jaar = Scenario.openRonde();
        assertProblem(indienen(TestTokens.aanspreekpunt("x"), jaar, "ZK01", "ggd", antwoorden(5, 5, 5), null).then(), 400)
                .body("invalidParams[0].name", equalTo("financier"));
        assertProblem(indienen(TestTokens.aanspreekpunt("x"), 1999, "ZK01", "gemeenten", antwoorden(5, 5, 5), null).then(), 400);
        assertProblem(indienen(TestTokens.aanspreekpunt("x"), 2099, "ZK01", "gemeenten", antwoorden(5, 5, 5), null).then(), 404);
    }

    static List<Long> longs(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, parameter);
                List<Long> values = new java.util.ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        values.add(result.getLong(1));
                    }
                }
                return values;
            }
        });
    }

    static long rows(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, parameter);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }
}
