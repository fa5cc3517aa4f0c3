package nl.venster.register.rest;

import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.venster.conventions.testing.TestJwtKeys;
import org.junit.jupiter.api.Test;

/** The samenwerkingsagenda through the API against the real database: lifecycle, rules, rights, versions. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class AgendaTest {

    static final String BASE = Api.BASE;
    static final String VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    @Inject
    DataSource dataSource;

    static String persoon(String naam, String subject) {
        return Api.beheerder().body(Map.of("naam", naam, "subject", subject))
                .post(BASE + "/contactpersonen").then().statusCode(201).extract().path("id");
    }

    static void rol(String regio, String persoon, String rol, String vanaf) {
        Api.beheerder().body(Map.of("contactpersoon", persoon, "financier", "gemeenten", "rol", rol, "vanaf", vanaf))
                .post(BASE + "/regios/" + regio + "/rollen").then().statusCode(201);
    }

    static Map<String, Object> agenda(String titel, String vanaf, String tot, List<String> themas) {
        Map<String, Object> body = new HashMap<>();
        body.put("titel", titel);
        body.put("looptijdVanaf", vanaf);
        body.put("looptijdTot", tot);
        body.put("gedeeldeAmbitie", "Zorg en ondersteuning dichtbij, betaalbaar en in samenhang.");
        body.put("betrokkenPartijen", List.of(Map.of("naam", "Provincie Drenthe", "soort", "provincie", "rol", "partner en cofinancier"),
                Map.of("naam", "Bureau Procesbegeleiding", "soort", "procesbegeleider", "rol", "onafhankelijk procesbegeleider")));
        body.put("themas", themas.stream().map(t -> Map.of("thema", t, "opgave", "De opgave voor " + t,
                "doelen", List.of(Map.of("omschrijving", "Minder onnodige opnames", "indicator", "opnames per 1.000 75-plussers",
                        "nulwaarde", "42", "streefwaarde", "35", "streefdatum", "2021-12-31")),
                "knelpunten", List.of("Wachtlijsten"), "oplossingsrichtingen", List.of("Eén regionaal loket"))).toList());
        return body;
    }

    static Map<String, Object> afspraak(String thema, String trekker) {
        return new HashMap<>(Map.of("thema", thema, "omschrijving", "Sluitende aanpak voor verwarde personen", "trekker", trekker,
                "financiers", List.of("gemeenten", "zorgverzekeraar"), "geplandeStart", "2020-01-01", "geplandEinde", "2020-12-31"));
    }

    static ExtractableResponse<Response> maak(String regio, Map<String, Object> body) {
        return Api.beheerder().body(body).post(BASE + "/regios/" + regio + "/agendas").then().statusCode(201).extract();
    }

    static String etag(String pad) {
        return Api.lezer().get(BASE + pad).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anAgendaIsCreatedEditedAdoptedAndReadBackWithItsAfsprakenAndAudit() {
        String trekker = persoon("Trekker Ggz", "trekker-" + UUID.randomUUID());
        rol("ZK21", trekker, "trekker", "2020-01-01");
        ExtractableResponse<Response> aangemaakt = maak("ZK21", agenda("Werkagenda 2019–2021", "2019-01-01", "2022-01-01",
                List.of("ouderen", "ggz", "preventie")));
        String id = aangemaakt.path("id");
        assertEquals("\"1\"", aangemaakt.header("ETag"));
        assertEquals("concept", aangemaakt.path("status"));
        String location = aangemaakt.header("Location");
        assertEquals(true, location.endsWith(BASE + "/agendas/" + id));

        Map<String, Object> gewijzigd = agenda("Werkagenda Zorglandschap 2019–2021", "2019-01-01", "2022-01-01",
                List.of("ouderen", "ggz", "preventie"));
        Api.beheerder().header("If-Match", "\"1\"").body(gewijzigd).put(BASE + "/agendas/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("titel", equalTo("Werkagenda Zorglandschap 2019–2021"));

        String afspraakId = Api.beheerder().body(afspraak("ggz", trekker)).post(BASE + "/agendas/" + id + "/afspraken")
                .then().statusCode(201).header("ETag", "\"1\"").header("Location", containsString("/afspraken/"))
                .body("trekker.naam", equalTo("Trekker Ggz")).body("regio", equalTo("ZK21")).body("status", equalTo("gepland"))
                .extract().path("id");

        Api.beheerder().header("If-Match", "\"3\"").body(Map.of("vastgesteldOp", "2019-12-17",
                        "vastgesteldDoor", "Portefeuillehoudersoverleg G&W, 17-12-2019"))
                .post(BASE + "/agendas/" + id + "/vaststelling").then().statusCode(200).header("ETag", "\"4\"")
                .body("status", equalTo("vastgesteld")).body("vastgesteldOp", equalTo("2019-12-17"));

        // Progress: appended, with a status change; the log reads back oldest first.
        Api.beheerder().header("If-Match", "\"1\"").body(Map.of("datum", "2020-03-01", "toelichting", "Gestart", "status", "loopt"))
                .post(BASE + "/afspraken/" + afspraakId + "/voortgang").then().statusCode(201).header("ETag", "\"2\"")
                .body("volgnummer", equalTo(1)).body("vastgelegdOp", notNullValue());
        Api.beheerder().header("If-Match", "\"2\"").body(Map.of("datum", "2020-09-01", "toelichting", "Vertraagd door corona", "status", "vertraagd"))
                .post(BASE + "/afspraken/" + afspraakId + "/voortgang").then().statusCode(201);
        assertProblem(Api.beheerder().header("If-Match", "\"3\"").body(Map.of("datum", "2020-08-01", "toelichting", "Te vroeg"))
                .post(BASE + "/afspraken/" + afspraakId + "/voortgang").then(), 400).body("invalidParams.name", hasItem("datum"));
        Api.lezer().get(BASE + "/afspraken/" + afspraakId + "/voortgang").then().statusCode(200).header("X-Total-Count", "2")
                .body("toelichting", equalTo(List.of("Gestart", "Vertraagd door corona"))).body("status", equalTo(List.of("loopt", "vertraagd")));

        Api.lezer().get(BASE + "/agendas/" + id).then().statusCode(200).header("ETag", "\"6\"")
                .body("betrokkenPartijen.soort", equalTo(List.of("provincie", "procesbegeleider")))
                .body("themas.thema", equalTo(List.of("ouderen", "ggz", "preventie")))
                .body("themas[1].afspraken", hasSize(1))
                .body("themas[1].afspraken[0].status", equalTo("vertraagd"))
                .body("themas[1].afspraken[0].voortgangAantal", equalTo(2))
                .body("themas[0].doelen[0].streefwaarde", equalTo("35"));
        Api.lezer().get(BASE + "/regios/ZK21/agendas?vanKrachtOp=2020-06-01").then().statusCode(200)
                .header("X-Total-Count", "1").header("Link", containsString("rel=\"self\"")).body("id", equalTo(List.of(id)));
        Api.lezer().get(BASE + "/regios/ZK21/agendas?vanKrachtOp=2019-06-01").then().header("X-Total-Count", "0");

        // Ended: it and its afspraken no longer change.
        Api.beheerder().header("If-Match", "\"6\"").body(Map.of("afgelopenOp", "2022-01-01"))
                .post(BASE + "/agendas/" + id + "/beeindiging").then().statusCode(200).body("status", equalTo("afgelopen"));
        assertProblem(Api.beheerder().header("If-Match", "\"7\"").body(gewijzigd).put(BASE + "/agendas/" + id).then(), 409);
        assertProblem(Api.beheerder().header("If-Match", "*").delete(BASE + "/agendas/" + id).then(), 409);

        Api.beheerder().get(BASE + "/audit-regels?resourceType=agenda&resourceId=" + id).then().statusCode(200)
                .body("actie", containsInAnyOrder("aangemaakt", "gewijzigd", "vastgesteld", "afgelopen"));
        Api.beheerder().get(BASE + "/audit-regels?resourceType=afspraak&resourceId=" + afspraakId).then().statusCode(200)
                .body("actie", containsInAnyOrder("aangemaakt", "voortgang", "voortgang"));
    }

    @Test
    void atMostOneAdoptedAgendaPerRegionOnAnyDate() {
        String eerste = maak("ZK22", agenda("Agenda 2019–2021", "2019-01-01", "2022-01-01", List.of("ouderen"))).path("id");
        String tweede = maak("ZK22", agenda("Agenda 2021–2024", "2021-01-01", "2025-01-01", List.of("ggz"))).path("id");
        Api.beheerder().header("If-Match", "\"1\"").body(Map.of("vastgesteldOp", "2019-03-01", "vastgesteldDoor", "Stuurgroep"))
                .post(BASE + "/agendas/" + eerste + "/vaststelling").then().statusCode(200);

        assertProblem(Api.beheerder().header("If-Match", "\"1\"").body(Map.of("vastgesteldOp", "2020-12-01", "vastgesteldDoor", "Stuurgroep"))
                .post(BASE + "/agendas/" + tweede + "/vaststelling").then(), 409).body("detail", containsString("Agenda 2019–2021"));
        Api.lezer().get(BASE + "/agendas/" + tweede).then().body("status", equalTo("concept")).header("ETag", "\"1\"");

        // Ending the first early frees 2021 on: then the second can be adopted.
        Api.beheerder().header("If-Match", "\"2\"").body(Map.of("afgelopenOp", "2021-01-01"))
                .post(BASE + "/agendas/" + eerste + "/beeindiging").then().statusCode(200);
        Api.beheerder().header("If-Match", "\"1\"").body(Map.of("vastgesteldOp", "2020-12-01", "vastgesteldDoor", "Stuurgroep"))
                .post(BASE + "/agendas/" + tweede + "/vaststelling").then().statusCode(200);
        Api.lezer().get(BASE + "/regios/ZK22/agendas?vanKrachtOp=2020-12-31").then().body("id", equalTo(List.of(eerste)));
        Api.lezer().get(BASE + "/regios/ZK22/agendas?vanKrachtOp=2021-01-01").then().body("id", equalTo(List.of(tweede)));

        // Stretching the adopted second back over the first is refused as well.
        assertProblem(Api.beheerder().header("If-Match", "\"2\"").body(agenda("Agenda 2020–2024", "2020-01-01", "2025-01-01", List.of("ggz")))
                .put(BASE + "/agendas/" + tweede).then(), 409);
        Api.lezer().get(BASE + "/agendas/" + tweede).then().body("looptijdVanaf", equalTo("2021-01-01"));
    }

    @Test
    void staleOrMissingIfMatchIsRefusedAndChangesNothing() {
        String id = maak("ZK24", agenda("Agenda", "2030-01-01", "2031-01-01", List.of("ouderen"))).path("id");
        Map<String, Object> nieuw = agenda("Andere titel", "2030-01-01", "2031-01-01", List.of("ouderen"));
        Api.beheerder().header("If-Match", "\"1\"").body(nieuw).put(BASE + "/agendas/" + id).then().statusCode(200);

        assertProblem(Api.beheerder().header("If-Match", "\"1\"").body(agenda("Stale", "2030-01-01", "2031-01-01", List.of("ouderen")))
                .put(BASE + "/agendas/" + id).then(), 412);
        assertProblem(Api.beheerder().body(agenda("Zonder", "2030-01-01", "2031-01-01", List.of("ouderen")))
                .put(BASE + "/agendas/" + id).then(), 428);
        assertProblem(Api.beheerder().body(Map.of("vastgesteldOp", "2020-01-01", "vastgesteldDoor", "x"))
                .post(BASE + "/agendas/" + id + "/vaststelling").then(), 428);
        Api.lezer().get(BASE + "/agendas/" + id).then().header("ETag", "\"2\"").body("titel", equalTo("Andere titel"))
                .body("status", equalTo("concept"));

        // A concept may be removed, with the right version.
        assertProblem(Api.beheerder().header("If-Match", "\"1\"").delete(BASE + "/agendas/" + id).then(), 412);
        Api.beheerder().header("If-Match", "\"2\"").delete(BASE + "/agendas/" + id).then().statusCode(204);
        assertProblem(Api.lezer().get(BASE + "/agendas/" + id).then(), 404);
    }

    @Test
    void unknownThemeForeignTrekkerAndBadInputAreRefusedListingEveryField() {
        assertProblem(Api.beheerder().body(agenda("Agenda", "2030-01-01", "2029-01-01", List.of("ouderen", "wonen", "ouderen")))
                .post(BASE + "/regios/ZK25/agendas").then(), 400)
                .body("invalidParams.name", containsInAnyOrder("looptijdTot", "themas[1].thema", "themas[2].thema"));
        Map<String, Object> leeg = new HashMap<>(Map.of("looptijdVanaf", "2030-01-01", "themas", List.of()));
        assertProblem(Api.beheerder().body(leeg).post(BASE + "/regios/ZK25/agendas").then(), 400)
                .body("invalidParams.name", hasItem(containsString("titel")))
                .body("invalidParams.name", hasItem(containsString("looptijdTot")))
                .body("invalidParams.name", hasItem(containsString("themas")));
        Api.lezer().get(BASE + "/regios/ZK25/agendas").then().header("X-Total-Count", "0");

        String id = maak("ZK25", agenda("Agenda", "2019-01-01", "2022-01-01", List.of("ouderen", "ggz"))).path("id");
        String elders = persoon("Trekker Elders", "elders-" + UUID.randomUUID());
        rol("ZK26", elders, "trekker", "2020-01-01");
        Map<String, Object> fout = afspraak("preventie", elders);
        fout.put("geplandEinde", "2019-06-01");
        assertProblem(Api.beheerder().body(fout).post(BASE + "/agendas/" + id + "/afspraken").then(), 400)
                .body("invalidParams.name", containsInAnyOrder("thema", "geplandEinde"));
        assertProblem(Api.beheerder().body(afspraak("ggz", elders)).post(BASE + "/agendas/" + id + "/afspraken").then(), 400)
                .body("invalidParams.name", equalTo(List.of("trekker"))).body("invalidParams.reason[0]", containsString("ZK25"));
        assertProblem(Api.beheerder().body(afspraak("ggz", UUID.randomUUID().toString())).post(BASE + "/agendas/" + id + "/afspraken").then(), 400)
                .body("invalidParams.reason", equalTo(List.of("onbekende contactpersoon")));
        Api.lezer().get(BASE + "/agendas/" + id).then().header("ETag", "\"1\"").body("themas[1].afspraken", hasSize(0));
    }

    @Test
    void regionContactsEditTheirOwnRegionsAgendaOthersGet403() {
        String coordinatorSubject = "coordinator-" + UUID.randomUUID();
        String coordinator = persoon("Regiocoördinator", coordinatorSubject);
        rol("ZK27", coordinator, "regiocoordinator", "2020-01-01");
        String anderSubject = "ander-" + UUID.randomUUID();
        String ander = persoon("Aanspreekpunt Elders", anderSubject);
        rol("ZK28", ander, "ambtelijk-aanspreekpunt", "2020-01-01");
        String oudSubject = "oud-" + UUID.randomUUID();
        String oud = persoon("Oud-aanspreekpunt", oudSubject);
        Api.beheerder().body(Map.of("contactpersoon", oud, "financier", "zorgkantoor", "rol", "ambtelijk-aanspreekpunt",
                "vanaf", "2020-01-01", "tot", "2021-01-01")).post(BASE + "/regios/ZK27/rollen").then().statusCode(201);

        Map<String, Object> body = agenda("Agenda ZK27", "2031-01-01", "2032-01-01", List.of("ouderen"));
        String id = Api.aanspreekpunt(coordinatorSubject).body(body).post(BASE + "/regios/ZK27/agendas").then().statusCode(201)
                .extract().path("id");

        assertProblem(Api.aanspreekpunt(anderSubject).body(body).post(BASE + "/regios/ZK27/agendas").then(), 403);
        assertProblem(Api.aanspreekpunt(anderSubject).header("If-Match", "\"1\"").body(body).put(BASE + "/agendas/" + id).then(), 403);
        assertProblem(Api.aanspreekpunt(oudSubject).header("If-Match", "\"1\"").body(body).put(BASE + "/agendas/" + id).then(), 403);
        assertProblem(Api.lezer().header("If-Match", "\"1\"").body(body).put(BASE + "/agendas/" + id).then(), 403);
        assertProblem(Api.aanspreekpunt(anderSubject).body(afspraak("ouderen", coordinator)).post(BASE + "/agendas/" + id + "/afspraken").then(), 403);
        // Everyone authenticated reads (transparency), including a contact of another region.
        Api.aanspreekpunt(anderSubject).get(BASE + "/agendas/" + id).then().statusCode(200).header("ETag", "\"1\"");

        Map<String, Object> eigen = afspraak("ouderen", coordinator);
        eigen.put("geplandeStart", "2031-01-01");
        eigen.put("geplandEinde", "2031-06-30");
        String afspraakId = Api.aanspreekpunt(coordinatorSubject).body(eigen).post(BASE + "/agendas/" + id + "/afspraken").then()
                .statusCode(201).extract().path("id");
        assertProblem(Api.aanspreekpunt(anderSubject).header("If-Match", "\"1\"").body(Map.of("datum", VANDAAG, "toelichting", "x"))
                .post(BASE + "/afspraken/" + afspraakId + "/voortgang").then(), 403);
        eigen.put("status", "loopt");
        Api.aanspreekpunt(coordinatorSubject).header("If-Match", "\"1\"").body(eigen).put(BASE + "/afspraken/" + afspraakId)
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("loopt"));
        Api.lezer().get(BASE + "/agendas/" + id).then().header("ETag", "\"3\"");
    }

    @Test
    void theProgressLogCannotBeRewrittenEvenInTheDatabase() throws Exception {
        String trekker = persoon("Trekker Log", "log-" + UUID.randomUUID());
        rol("ZK29", trekker, "trekker", "2020-01-01");
        String id = maak("ZK29", agenda("Agenda", "2019-01-01", "2022-01-01", List.of("preventie"))).path("id");
        Map<String, Object> body = afspraak("preventie", trekker);
        String afspraakId = Api.beheerder().body(body).post(BASE + "/agendas/" + id + "/afspraken").then().statusCode(201).extract().path("id");
        Api.beheerder().header("If-Match", "\"1\"").body(Map.of("datum", "2020-02-01", "toelichting", "Gestart"))
                .post(BASE + "/afspraken/" + afspraakId + "/voortgang").then().statusCode(201);
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update voortgang set toelichting = 'anders' where afspraak = ?")) {
            update.setObject(1, UUID.fromString(afspraakId));
            update.executeUpdate();
            throw new AssertionError("the update should have been refused");
        } catch (java.sql.SQLException e) {
            assertEquals("55000", e.getSQLState());
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select toelichting from voortgang where afspraak = ?")) {
            select.setObject(1, UUID.fromString(afspraakId));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                assertEquals("Gestart", rs.getString(1));
            }
        }
    }
}
