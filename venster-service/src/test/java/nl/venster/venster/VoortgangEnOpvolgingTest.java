package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static nl.venster.venster.support.Scenario.antwoorden;
import static nl.venster.venster.support.Scenario.base;
import static nl.venster.venster.support.Scenario.indienen;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import nl.venster.venster.support.RegistryEvents;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/** Progress for reminders and follow-ups of a region's result. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class VoortgangEnOpvolgingTest {

    @Test
    void progressShowsWhoHasNotAnsweredAndWhoHasNoAanspreekpunt() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        String zonder = Scenario.nieuweRegiocode();
        RegistryEvents.regioAndWait(zonder, "Regio zonder, aanspreekpunt", LocalDate.of(2019, 1, 1), null, 1);
        String opgeheven = Scenario.nieuweRegiocode();
        RegistryEvents.regioAndWait(opgeheven, "Opgeheven", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), 1);
        int jaar = Scenario.openRonde();
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 7, 7), null).then().statusCode(201);
        String pad = base() + "/rondes/" + jaar + "/voortgang";

        given().auth().oauth2(Scenario.beheerder()).get(pad + "?regio=" + regio.code()).then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("financier", equalTo(List.of("zorgverzekeraar", "zorgkantoor")))
                .body("heeftAanspreekpunt", equalTo(List.of(true, true)))
                .body("aanspreekpunten[0]", equalTo(List.of("Aanspreekpunt zorgverzekeraar " + regio.code())));
        given().auth().oauth2(Scenario.beheerder()).get(pad + "?regio=" + zonder + "&financier=zorgkantoor").then().statusCode(200)
                .body("regio", equalTo(List.of(zonder))).body("heeftAanspreekpunt", equalTo(List.of(false)));
        List<String> zonderAanspreekpunt = given().auth().oauth2(Scenario.beheerder())
                .get(pad + "?zonderAanspreekpunt=true&pageSize=100").then().statusCode(200).extract().path("regio");
        assertTrue(zonderAanspreekpunt.contains(zonder));
        assertTrue(!zonderAanspreekpunt.contains(regio.code()));
        given().auth().oauth2(Scenario.beheerder()).get(pad + "?regio=" + opgeheven).then().statusCode(200)
                .header("X-Total-Count", "0");

        // The Dutch Excel dialect: byte-order mark, ';' between fields, CRLF; every line, whatever the page size.
        String csv = given().auth().oauth2(Scenario.beheerder()).accept("text/csv").get(pad + "?regio=" + zonder + "&pageSize=1").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"venster-" + jaar + "-voortgang.csv\"")
                .header("X-Total-Count", "3").extract().asString();
        assertEquals("\uFEFFregio;regioNaam;financier;beantwoord;heeftAanspreekpunt;aanspreekpunten;nietBereikbaar\r\n"
                + zonder + ";Regio zonder, aanspreekpunt;gemeenten;false;false;;\r\n"
                + zonder + ";Regio zonder, aanspreekpunt;zorgverzekeraar;false;false;;\r\n"
                + zonder + ";Regio zonder, aanspreekpunt;zorgkantoor;false;false;;\r\n", csv);
        byte[] xlsx = given().auth().oauth2(Scenario.beheerder()).accept(nl.venster.conventions.csv.Excel.MEDIA_TYPE)
                .get(pad + "?regio=" + zonder).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"venster-" + jaar + "-voortgang.xlsx\"")
                .extract().asByteArray();
        try (org.apache.poi.ss.usermodel.Workbook werkmap = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet blad = werkmap.getSheetAt(0);
            assertEquals("Regio", blad.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Heeft aanspreekpunt", blad.getRow(0).getCell(4).getStringCellValue());
            assertEquals(3, blad.getLastRowNum());
            assertEquals("Regio zonder, aanspreekpunt", blad.getRow(1).getCell(1).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.BOOLEAN, blad.getRow(1).getCell(3).getCellType());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertProblem(given().auth().oauth2(regio.token("gemeenten")).get(pad).then(), 403);
        assertProblem(given().auth().oauth2(Scenario.beheerder()).get(pad + "?financier=ggd&regio=zk01").then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("financier", "regio"));

        // The same files through the export operation a generated client calls, with the same filters and access.
        String export = base() + "/rondes/" + jaar + "/exports/voortgang";
        String typedCsv = given().auth().oauth2(Scenario.beheerder()).get(export + "?formaat=csv&regio=" + zonder).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"venster-" + jaar + "-voortgang.csv\"")
                .header("X-Total-Count", "3").extract().asString();
        assertEquals(csv, typedCsv);
        byte[] typedXlsx = given().auth().oauth2(Scenario.beheerder()).get(export + "?formaat=xlsx&regio=" + zonder).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith(nl.venster.conventions.csv.Excel.MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"venster-" + jaar + "-voortgang.xlsx\"")
                .extract().asByteArray();
        try (org.apache.poi.ss.usermodel.Workbook werkmap = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(typedXlsx))) {
            assertEquals(3, werkmap.getSheetAt(0).getLastRowNum());
            assertEquals("Regio zonder, aanspreekpunt", werkmap.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertProblem(given().auth().oauth2(regio.token("gemeenten")).get(export + "?formaat=csv").then(), 403);
        assertProblem(given().auth().oauth2(Scenario.beheerder()).get(export).then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.contains("formaat"));
        assertProblem(given().auth().oauth2(Scenario.beheerder()).get(export + "?formaat=pdf&regio=zk01").then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("formaat", "regio"));
    }

    @Test
    void followUpsAreAppendOnlyInOrderAndPublished() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();
        String pad = base() + "/rondes/" + jaar + "/regios/" + regio.code() + "/opvolgingen";
        // A trekker of the region is a region contact too.
        UUID trekker = UUID.randomUUID();
        RegistryEvents.contactpersoonAndWait(trekker, "Trekker", "trekker-" + regio.code(), 1,
                List.of(RegistryEvents.rol(regio.code(), "zorgkantoor", "trekker", LocalDate.now().minusYears(1), null)));

        given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "besproken", "toelichting", "Verschillen besproken in het regio-overleg"))
                .post(pad).then().statusCode(201).body("volgnummer", equalTo(1)).body("soort", equalTo("besproken"));
        given().auth().oauth2(TestTokens.aanspreekpunt("trekker-" + regio.code())).contentType(ContentType.JSON)
                .body(Map.of("soort", "hulpvraag-vng-zn", "toelichting", "Hulpvraag over de inkoop"))
                .post(pad).then().statusCode(201).body("volgnummer", equalTo(2));
        assertProblem(given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "geagendeerd-vws", "toelichting", "Stelselvraagstuk")).post(pad).then(), 403);
        given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("soort", "geagendeerd-vws", "toelichting", "Stelselvraagstuk bij VWS geagendeerd"))
                .post(pad).then().statusCode(201).body("volgnummer", equalTo(3));
        Scenario.Regio andere = Scenario.regioMetAanspreekpunten();
        assertProblem(given().auth().oauth2(andere.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "afgerond", "toelichting", "x")).post(pad).then(), 403);
        assertProblem(given().auth().oauth2(TestTokens.lezer("lezer-1")).contentType(ContentType.JSON)
                .body(Map.of("soort", "afgerond", "toelichting", "x")).post(pad).then(), 403);
        assertProblem(given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "verdaagd", "toelichting", " ")).post(pad).then(), 400);
        assertProblem(given().auth().oauth2(regio.token("gemeenten")).contentType(ContentType.JSON)
                .body(Map.of("soort", "afgerond", "toelichting", "x".repeat(2001))).post(pad).then(), 400)
                .body("invalidParams.name", equalTo(List.of("toelichting")));

        given().auth().oauth2(regio.token("zorgkantoor")).get(pad).then().statusCode(200).header("X-Total-Count", "3")
                .body("volgnummer", equalTo(List.of(1, 2, 3)))
                .body("soort", equalTo(List.of("besproken", "hulpvraag-vng-zn", "geagendeerd-vws")));
        assertProblem(given().auth().oauth2(andere.token("gemeenten")).get(pad).then(), 403);

        List<EventReader.Event> events = EventReader.read("venster.opvolgingen", "opvolging/" + jaar + "/" + regio.code(), 3);
        assertEquals(List.of(1L, 2L, 3L), events.stream().map(EventReader.Event::sequence).toList());
        assertEquals(jaar + "/" + regio.code(), events.get(0).key());
        assertEquals("nl.venster.opvolging.vastgelegd", events.get(0).type());
        assertEquals("Hulpvraag over de inkoop", events.get(1).data().get("toelichting").asText());
    }

    @Test
    void aConceptRoundHasNothingToFollowUp() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.conceptRonde();
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("soort", "besproken", "toelichting", "te vroeg"))
                .post(base() + "/rondes/" + jaar + "/regios/" + regio.code() + "/opvolgingen").then(), 409);
    }
}
