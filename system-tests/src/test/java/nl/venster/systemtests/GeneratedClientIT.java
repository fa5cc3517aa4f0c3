package nl.venster.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.venster.client.rapportage.api.RapportagePerRegioApi;
import nl.venster.client.rapportage.api.RapportagePerRondeApi;
import nl.venster.client.rapportage.model.Overzicht;
import nl.venster.client.rapportage.model.RegioDetail;
import nl.venster.client.rapportage.model.RegioRij;
import nl.venster.client.rapportage.model.RegioStatus;
import nl.venster.client.rapportage.model.VraagScores;
import nl.venster.client.register.api.ContactpersonenApi;
import nl.venster.client.register.api.RegiosApi;
import nl.venster.client.register.api.RollenApi;
import nl.venster.client.register.model.Contactpersoon;
import nl.venster.client.register.model.ContactpersoonInvoer;
import nl.venster.client.register.model.Regio;
import nl.venster.client.register.model.RolInvoer;
import nl.venster.client.register.model.Roltoewijzing;
import nl.venster.client.venster.ApiException;
import nl.venster.client.venster.ApiResponse;
import nl.venster.client.venster.api.AntwoordenApi;
import nl.venster.client.venster.api.BerichtenApi;
import nl.venster.client.venster.api.OpvolgingenApi;
import nl.venster.client.venster.api.RondesApi;
import nl.venster.client.venster.api.VoortgangApi;
import nl.venster.client.venster.model.AntwoordInvoer;
import nl.venster.client.venster.model.AntwoordenIndienen;
import nl.venster.client.venster.model.Antwoordset;
import nl.venster.client.venster.model.Bericht;
import nl.venster.client.venster.model.Financier;
import nl.venster.client.venster.model.OpvolgingInvoer;
import nl.venster.client.venster.model.OpvolgingSoort;
import nl.venster.client.venster.model.RegioAntwoorden;
import nl.venster.client.venster.model.Ronde;
import nl.venster.client.venster.model.RondeAanmaken;
import nl.venster.client.venster.model.RondeStatus;
import nl.venster.client.venster.model.RondeWijzigen;
import nl.venster.client.venster.model.StatusWijzigen;
import nl.venster.client.venster.model.VoortgangRegel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A Venster year played the way a third-party front-end plays it: only through the Java client that
 * openapi-generator generates from openapi/ at build time (typed methods and models, a bearer token per caller),
 * never a hand-written request. Contacts and roles in the registry, a round, answers, an amendment with If-Match
 * and a refused stale one, a follow-up, closing, the reports, and every export (CSV and Excel) as the file a typed
 * method returns.
 */
class GeneratedClientIT {

    private static final int YEAR = 2045;
    private static final Duration CATCH_UP = Duration.ofSeconds(180);
    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SystemHarness system = SystemHarness.get();
    private final String beheerder = system.token("gc-beheerder", "beheerder");
    private final String lezer = system.token("gc-lezer", "lezer");

    @Test
    void aYearThroughTheGeneratedClient() throws Exception {
        // Registry: three regions, and in each an ambtelijk aanspreekpunt of its own per financier.
        var registry = register(beheerder);
        List<Regio> regios = new RegiosApi(registry).regiosZoeken(null, 1, 100, null, null);
        assertTrue(regios.size() >= 3, "seeded regions");
        List<String> codes = regios.stream().map(Regio::getCode).sorted().limit(3).toList();
        String inOrde = codes.get(0);
        String verschil = codes.get(1);
        String onvolledig = codes.get(2);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String regio : codes) {
            for (Financier financier : Financier.values()) {
                Contactpersoon persoon = new ContactpersonenApi(registry).contactpersoonAanmaken(new ContactpersoonInvoer()
                        .naam("Client " + regio + " " + financier.getValue()).organisatie("Gegenereerde client")
                        .subject(subject(run, regio, financier)));
                Roltoewijzing rol = new RollenApi(registry).rolToewijzen(regio, new RolInvoer().contactpersoon(persoon.getId())
                        .financier(financier.getValue()).rol("ambtelijk-aanspreekpunt").vanaf(LocalDate.of(2020, 1, 1)));
                assertEquals(persoon.getId(), rol.getContactpersoon());
                assertNull(rol.getTot(), "open-ended");
            }
        }

        // Venster: a round, opened as a beheerder would once the venster-service has learnt the registry's regions
        // (the concept's voortgang lists them): a round fixes the division of its opening day. The clock may open it first.
        var venster = venster(beheerder);
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Ronde ronde = new RondesApi(venster).rondeAanmaken(new RondeAanmaken().jaar(YEAR).opent(nu.plusDays(1)).sluit(nu.plusDays(30)));
        assertEquals(YEAR, ronde.getJaar());
        List<String> geregistreerd = regios.stream().map(Regio::getCode).toList();
        List<String> bekend = Api.poll(CATCH_UP, () -> call(() -> new VoortgangApi(venster).voortgangOphalen(YEAR, "gemeenten", 1, 100, null, null))
                .stream().map(VoortgangRegel::getRegio).toList(), l -> l.containsAll(geregistreerd));
        assertTrue(bekend.containsAll(geregistreerd), "the venster-service knows the registry's regions: " + bekend);
        Ronde concept = ronde;
        new RondesApi(venster).rondeWijzigen(YEAR, new RondeWijzigen().opent(nu.minusMinutes(1)).sluit(concept.getSluit())
                .vragen(concept.getVragen()).voldoendeGrens(concept.getVoldoendeGrens()).spreidingsGrens(concept.getSpreidingsGrens())
                .herinneringen(concept.getHerinneringen()));
        try {
            new RondesApi(venster).rondestatusZetten(YEAR, new StatusWijzigen().status(RondeStatus.OPEN));
        } catch (ApiException e) {
            assertEquals(409, e.getCode(), e.getResponseBody());
        }
        ronde = new RondesApi(venster).rondeOphalen(YEAR);
        assertEquals(RondeStatus.OPEN, ronde.getStatus());
        List<String> vragen = ronde.getVragen().stream().map(nl.venster.client.venster.model.Vraag::getCode).toList();

        // Answers with each aanspreekpunt's own token: all satisfied, one region divided, one incomplete.
        for (Financier financier : Financier.values()) {
            indienen(run, inOrde, financier, vragen, 8, null);
            indienen(run, verschil, financier, vragen, financier == Financier.GEMEENTEN ? 3 : 8, null);
        }
        indienen(run, onvolledig, Financier.GEMEENTEN, vragen, 7, null);

        // An amendment with If-Match gets the next version as ETag; the stale ETag afterwards is refused, unchanged.
        ApiResponse<Antwoordset> wijziging = indienen(run, inOrde, Financier.ZORGKANTOOR, vragen, 9, "\"1\"");
        assertEquals(200, wijziging.getStatusCode());
        assertEquals("\"2\"", wijziging.getHeaders().get("etag").get(0));
        assertEquals(2L, wijziging.getData().getVersie());
        ApiException verouderd = assertThrows(ApiException.class,
                () -> indienen(run, inOrde, Financier.ZORGKANTOOR, vragen, 1, "\"1\""));
        assertEquals(412, verouderd.getCode());
        assertTrue(verouderd.getResponseBody().contains("\"status\":412"), verouderd.getResponseBody());
        RegioAntwoorden antwoorden = new AntwoordenApi(venster).regioAntwoordenOphalen(YEAR, inOrde);
        assertEquals(2L, antwoorden.getFinanciers().stream().filter(f -> f.getFinancier() == Financier.ZORGKANTOOR)
                .findFirst().orElseThrow().getVersie());
        assertEquals(2, new AntwoordenApi(venster).antwoordversiesZoeken("zorgkantoor", YEAR, inOrde, 1, 20).size());

        // Who still has to answer, typed.
        List<VoortgangRegel> voortgang = new VoortgangApi(venster).voortgangOphalen(YEAR, null, 1, 100, onvolledig, null);
        assertTrue(voortgang.stream().noneMatch(r -> r.getFinancier() == Financier.GEMEENTEN), "gemeenten answered");
        assertEquals(List.of(Financier.ZORGVERZEKERAAR, Financier.ZORGKANTOOR), voortgang.stream().map(VoortgangRegel::getFinancier).toList(),
                "who has not answered in " + onvolledig);

        // A follow-up by the divided region's own contact, then closing the round.
        var gemeenten = venster(system.token(subject(run, verschil, Financier.GEMEENTEN), "aanspreekpunt"));
        new OpvolgingenApi(gemeenten).opvolgingVastleggen(YEAR, verschil,
                new OpvolgingInvoer().soort(OpvolgingSoort.BESPROKEN).toelichting("Besproken in het regio-overleg"));
        assertEquals(1, new OpvolgingenApi(venster).opvolgingenZoeken(YEAR, verschil, 1, 20).size());
        new RondesApi(venster).rondestatusZetten(YEAR, new StatusWijzigen().status(RondeStatus.GESLOTEN));

        // Reports, eventually consistent with what was acknowledged.
        var rapportage = rapportage(lezer);
        List<RegioRij> rijen = Api.poll(CATCH_UP, () -> call(() -> new RapportagePerRondeApi(rapportage)
                        .rondeRegiosZoeken(YEAR, null, null, 1, 100, null, null, null, null)),
                r -> status(r, inOrde) == RegioStatus.IN_ORDE && status(r, verschil) == RegioStatus.VERSCHIL
                        && rij(r, onvolledig) != null && rij(r, onvolledig).getBeantwoord().size() == 1);
        assertEquals(RegioStatus.IN_ORDE, status(rijen, inOrde));
        assertEquals(RegioStatus.VERSCHIL, status(rijen, verschil));
        assertEquals(List.of(nl.venster.client.rapportage.model.Financier.GEMEENTEN), rij(rijen, onvolledig).getBeantwoord());
        assertNotEquals(RegioStatus.IN_ORDE, status(rijen, onvolledig));

        RegioDetail detail = Api.poll(CATCH_UP, () -> call(() -> new RapportagePerRondeApi(rapportage).rondeRegioOphalen(YEAR, verschil, null)),
                d -> d.getOpvolgingen().size() == 1);
        assertEquals("besproken", detail.getOpvolgingen().get(0).getSoort().getValue());
        RegioDetail compleet = new RapportagePerRondeApi(rapportage).rondeRegioOphalen(YEAR, inOrde, null);
        Map<String, Long> versies = compleet.getBeantwoord().stream()
                .collect(Collectors.toMap(i -> i.getFinancier().getValue(), i -> i.getVersie()));
        assertEquals(Map.of("gemeenten", 1L, "zorgverzekeraar", 1L, "zorgkantoor", 2L), versies);

        Overzicht overzicht = new RapportagePerRondeApi(rapportage).overzichtOphalen(YEAR, null);
        assertEquals(YEAR, overzicht.getJaar());
        assertEquals(3L, overzicht.getRespons().stream().filter(r -> r.getFinancier().getValue().equals("gemeenten"))
                .findFirst().orElseThrow().getBeantwoord());
        assertTrue(new RapportagePerRegioApi(rapportage).regiohistorieOphalen(inOrde, null).getRondes().stream()
                .anyMatch(r -> r.getJaar() == YEAR && r.getStatus() == RegioStatus.IN_ORDE), "history of " + inOrde);

        // Exports for people and jobs, each through a typed operation of its own that returns the file: every row
        // the JSON operations list, in the CSV dialect and as workbooks with headings and real cell types.
        regioExports(rapportage, vragen, inOrde, verschil);
        overzichtExport(rapportage, ronde.getOpent());
        voortgangExports(venster);
        berichtenExport(venster, inOrde);
    }

    /** The region list of the round as CSV and as a workbook: every region row of the JSON list, value by value. */
    private void regioExports(nl.venster.client.rapportage.ApiClient rapportage, List<String> vragen, String inOrde,
                              String verschil) throws Exception {
        RapportagePerRondeApi api = new RapportagePerRondeApi(rapportage);
        List<String> kop = new ArrayList<>(List.of("regio", "naam", "zorgkantoorregio", "status", "escalatie", "signaal",
                "beantwoord", "nietBeantwoord", "scoresZichtbaar", "divergenteVragen"));
        List<String> koppen = new ArrayList<>(List.of("Regio", "Naam", "Zorgkantoorregio", "Status", "Escalatie", "Signaal",
                "Beantwoord door", "Nog niet beantwoord door", "Scores zichtbaar", "Vragen met verschil"));
        for (String vraag : vragen) {
            for (Financier financier : Financier.values()) {
                kop.add(vraag + "." + financier.getValue());
                koppen.add("Vraag " + vraag + " " + financier.getValue());
            }
        }
        // Read until the file and the JSON pages tell the same (reports are eventually consistent).
        Bestand<List<RegioRij>> csv = Api.poll(CATCH_UP, () -> call(() -> {
            List<RegioRij> rijen = alleRegioRijen(api);
            ApiResponse<File> bestand = rapportageBestand(() -> api.rondeRegiosExporterenWithHttpInfo(YEAR, "csv", null, null, null,
                    null, null, null));
            return new Bestand<>(rijen, bestand);
        }), b -> rowsAfterHeader(b.bytes()).equals(b.json().stream().map(r -> regioRegel(r, vragen)).toList()));
        assertEquals("venster-" + YEAR + "-regios.csv", csv.naam(), "file name from Content-Disposition");
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<List<String>> regels = CsvExport.rows(csv.bytes());
        assertEquals(kop, regels.get(0), "header row");
        assertEquals(csv.json().stream().map(r -> regioRegel(r, vragen)).toList(), regels.subList(1, regels.size()), "every region row");
        assertEquals(String.valueOf(csv.json().size()), csv.header("x-total-count"));
        assertTrue(csv.json().size() >= 3, "the round's regions");
        List<String> regel = regels.stream().filter(r -> r.get(0).equals(inOrde)).findFirst().orElseThrow();
        assertEquals(List.of("in-orde", "gemeenten zorgverzekeraar zorgkantoor", "", "true"),
                List.of(regel.get(3), regel.get(6), regel.get(7), regel.get(8)), inOrde);
        assertEquals(List.of("8", "8", "9"), regel.subList(10, 13), "the amended score of " + inOrde);
        assertEquals("verschil", regels.stream().filter(r -> r.get(0).equals(verschil)).findFirst().orElseThrow().get(3));

        List<RegioRij> rijen = csv.json();
        Bestand<List<RegioRij>> xlsx = Api.poll(CATCH_UP, () -> call(() -> new Bestand<>(alleRegioRijen(api),
                        rapportageBestand(() -> api.rondeRegiosExporterenWithHttpInfo(YEAR, "xlsx", null, null, null, null, null, null)))),
                b -> b.json().equals(rijen));
        assertEquals("venster-" + YEAR + "-regios.xlsx", xlsx.naam());
        assertTrue(xlsx.contentType().startsWith(EXCEL), xlsx.contentType());
        try (Workbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet blad = werkmap.getSheetAt(0);
            assertEquals("Regio's " + YEAR, blad.getSheetName());
            assertEquals(koppen, rij(blad.getRow(0), koppen.size()), "Dutch headings");
            assertEquals(rijen.size(), blad.getLastRowNum(), "a row per region below the headings");
            for (int i = 0; i < rijen.size(); i++) {
                RegioRij r = rijen.get(i);
                List<Object> verwacht = new ArrayList<>(List.of(r.getRegio(), r.getNaam(), r.getZorgkantoorregio(),
                        r.getStatus().getValue(), r.getEscalatie().getValue(), r.getSignaal(), codes(r.getBeantwoord(), ", "),
                        codes(r.getNietBeantwoord(), ", "), r.getScoresZichtbaar(), String.join(", ", r.getDivergenteVragen())));
                for (String vraag : vragen) {
                    VraagScores scores = r.getScores().stream().filter(v -> v.getVraag().equals(vraag)).findFirst().orElse(null);
                    for (Integer score : scores == null ? java.util.Arrays.asList((Integer) null, null, null)
                            : java.util.Arrays.asList(scores.getGemeenten(), scores.getZorgverzekeraar(), scores.getZorgkantoor())) {
                        // Scores are numbers in the workbook, not texts.
                        verwacht.add(score == null ? null : score.doubleValue());
                    }
                }
                assertEquals(verwacht, rij(blad.getRow(i + 1), koppen.size()), "row of " + r.getRegio());
            }
        }

        // A format the operation does not offer: 400 problem+json naming the parameter, through the typed method too.
        var pdf = assertThrows(nl.venster.client.rapportage.ApiException.class,
                () -> api.rondeRegiosExporteren(YEAR, "pdf", null, null, null, null, null, null));
        assertEquals(400, pdf.getCode());
        assertTrue(pdf.getResponseBody().contains("\"formaat\""), pdf.getResponseBody());
    }

    /** The national overview as a workbook: a sheet per part, the figures of the JSON overview. */
    private void overzichtExport(nl.venster.client.rapportage.ApiClient rapportage, OffsetDateTime opent) throws Exception {
        RapportagePerRondeApi api = new RapportagePerRondeApi(rapportage);
        Bestand<Overzicht> xlsx = Api.poll(CATCH_UP, () -> call(() -> new Bestand<>(api.overzichtOphalen(YEAR, null),
                        rapportageBestand(() -> api.overzichtExporterenWithHttpInfo(YEAR, "xlsx", null)))),
                b -> call(() -> b.json().equals(api.overzichtOphalen(YEAR, null))));
        Overzicht overzicht = xlsx.json();
        assertEquals("venster-" + YEAR + "-overzicht.xlsx", xlsx.naam());
        try (Workbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet ronde = werkmap.getSheet("Ronde");
            assertEquals(List.of("Jaar", "Status", "Opent op", "Sluit op", "Aantal regio's"), rij(ronde.getRow(0), 5));
            assertEquals((double) YEAR, ronde.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(overzicht.getRondeStatus().getValue(), ronde.getRow(1).getCell(1).getStringCellValue());
            Cell opentCel = ronde.getRow(1).getCell(2);
            assertTrue(DateUtil.isCellDateFormatted(opentCel), "the opening is a date cell");
            // Excel knows no time zones: the Dutch local time, to the precision a spreadsheet number holds.
            java.time.LocalDateTime lokaal = opent.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDateTime();
            assertTrue(Duration.between(lokaal, opentCel.getLocalDateTimeCellValue()).abs().compareTo(Duration.ofSeconds(1)) < 0,
                    opentCel.getLocalDateTimeCellValue() + " for " + opent);
            assertEquals(overzicht.getAantalRegios().doubleValue(), ronde.getRow(1).getCell(4).getNumericCellValue());

            Sheet respons = werkmap.getSheet("Respons");
            assertEquals(List.of("Financier", "Beantwoord", "Van"), rij(respons.getRow(0), 3));
            assertEquals(overzicht.getRespons().size(), respons.getLastRowNum());
            for (int i = 0; i < overzicht.getRespons().size(); i++) {
                var r = overzicht.getRespons().get(i);
                assertEquals(List.of(r.getFinancier().getValue(), r.getBeantwoord().doubleValue(), r.getVan().doubleValue()),
                        rij(respons.getRow(i + 1), 3));
            }
            Sheet scores = werkmap.getSheet("Scores");
            assertEquals(List.of("Vraag", "Financier", "Aantal regio's", "Gemiddelde", "Minimum", "Maximum"), rij(scores.getRow(0), 6));
            assertEquals(overzicht.getScores().size(), scores.getLastRowNum());
            for (int i = 0; i < overzicht.getScores().size(); i++) {
                var s = overzicht.getScores().get(i);
                assertEquals(java.util.Arrays.asList(s.getVraag(), s.getFinancier().getValue(), s.getAantal().doubleValue(),
                        s.getGemiddelde(), s.getMinimum() == null ? null : s.getMinimum().doubleValue(),
                        s.getMaximum() == null ? null : s.getMaximum().doubleValue()), rij(scores.getRow(i + 1), 6), "scores " + i);
            }
            Sheet status = werkmap.getSheet("Per status");
            assertEquals(List.of("Status", "Aantal regio's"), rij(status.getRow(0), 2));
            Map<String, Double> perStatus = new java.util.TreeMap<>();
            for (int i = 1; i <= status.getLastRowNum(); i++) {
                perStatus.put(status.getRow(i).getCell(0).getStringCellValue(), status.getRow(i).getCell(1).getNumericCellValue());
            }
            assertEquals(new java.util.TreeMap<>(overzicht.getPerStatus().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().doubleValue()))), perStatus);
        }
    }

    /** Who has not answered, as CSV and as a workbook: every line of the JSON pages. */
    private void voortgangExports(nl.venster.client.venster.ApiClient venster) throws Exception {
        VoortgangApi api = new VoortgangApi(venster);
        Bestand<List<VoortgangRegel>> csv = Api.poll(CATCH_UP, () -> call(() -> new Bestand<>(alleVoortgang(api),
                        vensterBestand(() -> api.voortgangExporterenWithHttpInfo(YEAR, "csv", null, null, null)))),
                b -> rowsAfterHeader(b.bytes()).equals(b.json().stream().map(GeneratedClientIT::voortgangRegel).toList()));
        assertEquals("venster-" + YEAR + "-voortgang.csv", csv.naam());
        List<List<String>> regels = CsvExport.rows(csv.bytes());
        assertEquals(List.of("regio", "regioNaam", "financier", "beantwoord", "heeftAanspreekpunt", "aanspreekpunten", "nietBereikbaar"),
                regels.get(0));
        assertEquals(csv.json().stream().map(GeneratedClientIT::voortgangRegel).toList(), regels.subList(1, regels.size()), "every line");
        assertEquals(String.valueOf(csv.json().size()), csv.header("x-total-count"));

        List<VoortgangRegel> lijst = csv.json();
        Bestand<List<VoortgangRegel>> xlsx = Api.poll(CATCH_UP, () -> call(() -> new Bestand<>(alleVoortgang(api),
                        vensterBestand(() -> api.voortgangExporterenWithHttpInfo(YEAR, "xlsx", null, null, null)))),
                b -> b.json().equals(lijst));
        assertEquals("venster-" + YEAR + "-voortgang.xlsx", xlsx.naam());
        List<String> koppen = List.of("Regio", "Regionaam", "Financier", "Beantwoord", "Heeft aanspreekpunt", "Aanspreekpunten",
                "Niet bereikbaar");
        try (Workbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet blad = werkmap.getSheetAt(0);
            assertEquals(koppen, rij(blad.getRow(0), koppen.size()));
            assertEquals(lijst.size(), blad.getLastRowNum());
            for (int i = 0; i < lijst.size(); i++) {
                VoortgangRegel r = lijst.get(i);
                List<Object> verwacht = java.util.Arrays.asList(r.getRegio(), r.getRegioNaam(), r.getFinancier().getValue(),
                        r.getBeantwoord(), r.getHeeftAanspreekpunt(), String.join("; ", r.getAanspreekpunten()),
                        String.join("; ", r.getNietBereikbaar()));
                assertEquals(verwacht, rij(blad.getRow(i + 1), koppen.size()), "line " + i);
            }
        }
    }

    /** The messages of one region of the round as CSV: the same messages, in the same order, as the JSON pages. */
    private void berichtenExport(nl.venster.client.venster.ApiClient venster, String regio) throws Exception {
        BerichtenApi api = new BerichtenApi(venster);
        Bestand<List<Bericht>> csv = Api.poll(CATCH_UP, () -> call(() -> new Bestand<>(api.berichtenZoeken(YEAR, null, 1, 100, null, regio, null),
                        vensterBestand(() -> api.berichtenExporterenWithHttpInfo(YEAR, "csv", null, null, regio, null)))),
                b -> rowsAfterHeader(b.bytes()).equals(b.json().stream().map(GeneratedClientIT::berichtRegel).toList()));
        assertEquals("venster-" + YEAR + "-berichten.csv", csv.naam());
        List<List<String>> regels = CsvExport.rows(csv.bytes());
        assertEquals(List.of("id", "regio", "financier", "reden", "aanleiding", "contactpersoon", "ontvanger", "ontvangerRol", "kopie",
                "messageId", "status", "pogingen", "aangemaaktOp", "volgendePoging", "verzondenOp", "laatsteFout"), regels.get(0));
        assertTrue(csv.json().size() < 100, "one page holds them all");
        assertEquals(csv.json().stream().map(GeneratedClientIT::berichtRegel).toList(), regels.subList(1, regels.size()), "every message");
        assertTrue(regels.stream().anyMatch(r -> r.get(3).equals("bevestiging")), "confirmations of the answers");
    }

    private static List<RegioRij> alleRegioRijen(RapportagePerRondeApi api) throws Exception {
        List<RegioRij> alle = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<RegioRij> pagina = api.rondeRegiosZoeken(YEAR, null, null, page, 100, null, null, null, null);
            alle.addAll(pagina);
            if (pagina.size() < 100) {
                return alle;
            }
        }
    }

    private static List<VoortgangRegel> alleVoortgang(VoortgangApi api) throws Exception {
        List<VoortgangRegel> alle = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<VoortgangRegel> pagina = api.voortgangOphalen(YEAR, null, page, 100, null, null);
            alle.addAll(pagina);
            if (pagina.size() < 100) {
                return alle;
            }
        }
    }

    /** A CSV line as the export writes a JSON row: lists joined by a space, no value empty. */
    private static List<String> regioRegel(RegioRij r, List<String> vragen) {
        List<String> regel = new ArrayList<>(List.of(r.getRegio(), r.getNaam(), r.getZorgkantoorregio(), r.getStatus().getValue(),
                r.getEscalatie().getValue(), r.getSignaal().toString(), codes(r.getBeantwoord(), " "), codes(r.getNietBeantwoord(), " "),
                r.getScoresZichtbaar().toString(), String.join(" ", r.getDivergenteVragen())));
        for (String vraag : vragen) {
            VraagScores scores = r.getScores().stream().filter(s -> s.getVraag().equals(vraag)).findFirst().orElse(null);
            for (Integer score : scores == null ? java.util.Arrays.asList((Integer) null, null, null)
                    : java.util.Arrays.asList(scores.getGemeenten(), scores.getZorgverzekeraar(), scores.getZorgkantoor())) {
                regel.add(score == null ? "" : score.toString());
            }
        }
        return regel;
    }

    private static List<String> voortgangRegel(VoortgangRegel r) {
        return List.of(r.getRegio(), r.getRegioNaam(), r.getFinancier().getValue(), r.getBeantwoord().toString(),
                r.getHeeftAanspreekpunt().toString(), String.join("; ", r.getAanspreekpunten()), String.join("; ", r.getNietBereikbaar()));
    }

    private static List<String> berichtRegel(Bericht b) {
        return java.util.Arrays.stream(new Object[] {b.getId(), b.getRegio(), b.getFinancier().getValue(), b.getReden().getValue(),
                b.getAanleiding(), b.getContactpersoon(), b.getOntvanger(), b.getOntvangerRol().getValue(), b.getKopie(), b.getMessageId(),
                b.getStatus().getValue(), b.getPogingen(), b.getAangemaaktOp(), b.getVolgendePoging(), b.getVerzondenOp(),
                b.getLaatsteFout()}).map(v -> v == null ? "" : v.toString()).toList();
    }

    private static String codes(List<nl.venster.client.rapportage.model.Financier> financiers, String scheiding) {
        return financiers.stream().map(nl.venster.client.rapportage.model.Financier::getValue).collect(Collectors.joining(scheiding));
    }

    /** A downloaded export with what a JSON operation said at the same moment. */
    private record Bestand<T>(T json, byte[] bytes, String naam, String contentType, Map<String, List<String>> headers) {

        Bestand(T json, ApiResponse<File> bestand) throws IOException {
            this(json, Files.readAllBytes(bestand.getData().toPath()), bestand.getData().getName(),
                    bestand.getHeaders().get("content-type").get(0), bestand.getHeaders());
        }

        String header(String naam) {
            return headers.getOrDefault(naam, List.of()).stream().findFirst().orElse(null);
        }
    }

    /** The generated clients of the two services have an ApiResponse type each; the file and headers are what count. */
    private static ApiResponse<File> rapportageBestand(Callable<nl.venster.client.rapportage.ApiResponse<File>> call) throws Exception {
        nl.venster.client.rapportage.ApiResponse<File> antwoord = call.call();
        return new ApiResponse<>(antwoord.getStatusCode(), antwoord.getHeaders(), antwoord.getData());
    }

    private static ApiResponse<File> vensterBestand(Callable<ApiResponse<File>> call) throws Exception {
        return call.call();
    }

    private static List<List<String>> rowsAfterHeader(byte[] csv) {
        List<List<String>> rows = CsvExport.rows(csv);
        return rows.subList(1, rows.size());
    }

    /** The cells of a workbook row as values: texts, booleans and numbers as their cell types say; null for no cell. */
    private static List<Object> rij(Row row, int kolommen) {
        List<Object> waarden = new ArrayList<>();
        for (int i = 0; i < kolommen; i++) {
            Cell cell = row.getCell(i);
            waarden.add(cell == null ? null : switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> cell.getBooleanCellValue();
                case NUMERIC -> cell.getNumericCellValue();
                case BLANK -> null;
                default -> "cell type " + cell.getCellType();
            });
        }
        return waarden;
    }

    /** PUT of a financier's answers with its aanspreekpunt's token; a role the venster-service has not learnt yet (403) is retried. */
    private ApiResponse<Antwoordset> indienen(String run, String regio, Financier financier, List<String> vragen, int score,
                                              String ifMatch) throws ApiException {
        var client = venster(system.token(subject(run, regio, financier), "aanspreekpunt"));
        List<AntwoordInvoer> antwoorden = new ArrayList<>();
        vragen.forEach(vraag -> antwoorden.add(new AntwoordInvoer().vraag(vraag).score(score)));
        long einde = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            try {
                return new AntwoordenApi(client).antwoordenIndienenWithHttpInfo(financier.getValue(), YEAR, regio,
                        new AntwoordenIndienen().antwoorden(antwoorden), ifMatch);
            } catch (ApiException e) {
                if (e.getCode() != 403 || System.nanoTime() > einde) {
                    throw e;
                }
                ServiceProcess.sleep(500);
            }
        }
    }

    private static RegioRij rij(List<RegioRij> rijen, String regio) {
        return rijen.stream().filter(r -> r.getRegio().equals(regio)).findFirst().orElse(null);
    }

    private static RegioStatus status(List<RegioRij> rijen, String regio) {
        RegioRij rij = rij(rijen, regio);
        return rij == null ? null : rij.getStatus();
    }

    private static <T> T call(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(String run, String regio, Financier financier) {
        return "gc-" + run + "-" + regio + "-" + financier.getValue();
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> request.header("Authorization", "Bearer " + token);
    }

    private nl.venster.client.register.ApiClient register(String token) {
        nl.venster.client.register.ApiClient client = new nl.venster.client.register.ApiClient();
        client.updateBaseUri(system.registry.baseUrl());
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private nl.venster.client.venster.ApiClient venster(String token) {
        nl.venster.client.venster.ApiClient client = new nl.venster.client.venster.ApiClient();
        client.updateBaseUri(system.venster.baseUrl());
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private nl.venster.client.rapportage.ApiClient rapportage(String token) {
        nl.venster.client.rapportage.ApiClient client = new nl.venster.client.rapportage.ApiClient();
        client.updateBaseUri(system.reporting.baseUrl());
        client.setRequestInterceptor(bearer(token));
        return client;
    }
}
