package nl.venster.rapportage;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static nl.venster.rapportage.Events.wachtTot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.venster.conventions.csv.Excel;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports for jobs and people: every row (not a page), the Dutch Excel CSV dialect, and real Excel workbooks. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class ExportTest {

    private static final String BASE = "/api/rapportage/v1";
    private static final int REGIOS = 27;
    private final String lezer = TestTokens.lezer("rapportage-export");

    @Test
    void csvEnExcelBevattenElkeRegioEnEchteWaarden() throws IOException {
        Scenario s = new Scenario();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < REGIOS; i++) {
            String code = s.regio(String.format("R%02d", i));
            codes.add(code);
            s.regio(code, i == 0 ? "Zoë's regio; noord" : "Regio " + i, "ZK9" + (i % 3));
        }
        Events.ronde(s.jaar, "open", s.openingsdag, 1);
        Events.drieAntwoorden(s.jaar, codes.get(0), new int[] {2, 7, 7}, new int[] {9, 8, 8}, new int[] {7, 7, 7});
        String regios = BASE + "/rondes/" + s.jaar + "/regios";
        wachtTot(() -> given().auth().oauth2(lezer).get(regios + "?pageSize=1").then().statusCode(200).extract(),
                r -> ("" + REGIOS).equals(r.header("X-Total-Count"))
                        && r.asString().contains("\"scoresZichtbaar\":true"), "alle regio's en de antwoorden verwerkt");

        // JSON pages; the CSV holds every row (more than the default page of 20), whatever page is asked for.
        Response csv = given().auth().oauth2(lezer).accept("text/csv").get(regios + "?pageSize=5&page=2");
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"venster-" + s.jaar + "-regios.csv\"", csv.header("Content-Disposition"));
        assertEquals("" + REGIOS, csv.header("X-Total-Count"));
        byte[] bytes = csv.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 byte-order mark");
        String tekst = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(tekst.endsWith("\r\n"));
        List<String> regels = tekst.lines().toList();
        assertEquals(REGIOS + 1, regels.size(), "a header line and every region");
        assertTrue(regels.get(0).startsWith("regio;naam;zorgkantoorregio;status;"), regels.get(0));
        for (String code : codes) {
            assertEquals(1, regels.stream().filter(r -> r.startsWith(code + ";")).count(), code);
        }
        String eerste = regels.stream().filter(r -> r.startsWith(codes.get(0) + ";")).findFirst().orElseThrow();
        assertTrue(eerste.startsWith(codes.get(0) + ";\"Zoë's regio; noord\";ZK90;verschil;"), eerste);

        // The same rows as an Excel workbook: Dutch headings, numbers as numbers, booleans as booleans.
        Response xlsx = given().auth().oauth2(lezer).accept(Excel.MEDIA_TYPE).get(regios);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.contentType().startsWith(Excel.MEDIA_TYPE));
        assertEquals("attachment; filename=\"venster-" + s.jaar + "-regios.xlsx\"", xlsx.header("Content-Disposition"));
        try (Workbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet blad = werkmap.getSheetAt(0);
            Row kop = blad.getRow(0);
            assertEquals(List.of("Regio", "Naam", "Zorgkantoorregio", "Status", "Escalatie", "Signaal"),
                    List.of(tekst(kop, 0), tekst(kop, 1), tekst(kop, 2), tekst(kop, 3), tekst(kop, 4), tekst(kop, 5)));
            assertEquals(REGIOS, blad.getLastRowNum(), "every region below the heading");
            Row regio = null;
            for (int i = 1; i <= blad.getLastRowNum(); i++) {
                if (codes.get(0).equals(blad.getRow(i).getCell(0).getStringCellValue())) {
                    regio = blad.getRow(i);
                }
            }
            assertTrue(regio != null);
            assertEquals("Zoë's regio; noord", regio.getCell(1).getStringCellValue());
            assertEquals(CellType.BOOLEAN, regio.getCell(5).getCellType());
            assertEquals(CellType.BOOLEAN, regio.getCell(8).getCellType());
            assertTrue(regio.getCell(8).getBooleanCellValue(), "scores zichtbaar");
            int eersteScore = kolom(kop, "Vraag ");
            assertEquals(CellType.NUMERIC, regio.getCell(eersteScore).getCellType());
            assertEquals(2.0, regio.getCell(eersteScore).getNumericCellValue());
        }

        // The national overview as a workbook: the round with its opening as a date, counts as numbers.
        Response overzicht = given().auth().oauth2(lezer).accept(Excel.MEDIA_TYPE).get(BASE + "/rondes/" + s.jaar + "/overzicht");
        assertEquals(200, overzicht.statusCode());
        assertEquals("attachment; filename=\"venster-" + s.jaar + "-overzicht.xlsx\"", overzicht.header("Content-Disposition"));
        try (Workbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(overzicht.asByteArray()))) {
            Sheet ronde = werkmap.getSheet("Ronde");
            assertEquals("Jaar", tekst(ronde.getRow(0), 0));
            assertEquals(s.jaar, (int) ronde.getRow(1).getCell(0).getNumericCellValue());
            Cell opent = ronde.getRow(1).getCell(2);
            assertEquals("Opent op", tekst(ronde.getRow(0), 2));
            // A date cell: a number with a date format. (This scenario's days lie before 1900, which Excel cannot
            // show as a date; ExcelTest in conventions checks the value of a current date.)
            assertEquals(CellType.NUMERIC, opent.getCellType());
            assertTrue(DateUtil.isADateFormat(opent.getCellStyle().getDataFormat(), opent.getCellStyle().getDataFormatString()),
                    "a date format");
            assertEquals(REGIOS, (int) ronde.getRow(1).getCell(4).getNumericCellValue());
            Sheet status = werkmap.getSheet("Per status");
            assertEquals(List.of("Status", "Aantal regio's"), List.of(tekst(status.getRow(0), 0), tekst(status.getRow(0), 1)));
            Sheet scores = werkmap.getSheet("Scores");
            assertEquals("Gemiddelde", tekst(scores.getRow(0), 3));
        }

        // The same files through the export operations a generated client calls: same bytes, file names and ETags.
        String exports = BASE + "/rondes/" + s.jaar + "/exports";
        Response typedCsv = given().auth().oauth2(lezer).get(exports + "/regios?formaat=csv");
        assertEquals(200, typedCsv.statusCode());
        assertTrue(typedCsv.contentType().startsWith("text/csv"), typedCsv.contentType());
        assertEquals(csv.header("Content-Disposition"), typedCsv.header("Content-Disposition"));
        assertEquals(csv.header("ETag"), typedCsv.header("ETag"));
        assertEquals("" + REGIOS, typedCsv.header("X-Total-Count"));
        assertTrue(java.util.Arrays.equals(bytes, typedCsv.asByteArray()), "the CSV of the negotiated operation");
        given().auth().oauth2(lezer).header("If-None-Match", typedCsv.header("ETag")).get(exports + "/regios?formaat=csv")
                .then().statusCode(304);
        Response typedXlsx = given().auth().oauth2(lezer).get(exports + "/regios?formaat=xlsx&status=verschil");
        assertEquals(200, typedXlsx.statusCode());
        assertTrue(typedXlsx.contentType().startsWith(Excel.MEDIA_TYPE));
        assertEquals("1", typedXlsx.header("X-Total-Count"), "the filters apply to the export");
        assertTrue(java.util.Arrays.equals(given().auth().oauth2(lezer).accept(Excel.MEDIA_TYPE).get(regios + "?status=verschil").asByteArray(),
                typedXlsx.asByteArray()), "the workbook of the negotiated operation");
        Response typedOverzicht = given().auth().oauth2(lezer).get(exports + "/overzicht?formaat=xlsx");
        assertEquals(200, typedOverzicht.statusCode());
        assertEquals(overzicht.header("Content-Disposition"), typedOverzicht.header("Content-Disposition"));
        assertTrue(java.util.Arrays.equals(overzicht.asByteArray(), typedOverzicht.asByteArray()), "the overview workbook");

        // formaat is required and one of the operation's own; every problem is named at once.
        assertProblem(given().auth().oauth2(lezer).get(exports + "/regios").then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.contains("formaat"));
        assertProblem(given().auth().oauth2(lezer).get(exports + "/regios?formaat=pdf&status=kapot").then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.contains("formaat", "status"));
        assertProblem(given().auth().oauth2(lezer).get(exports + "/overzicht?formaat=csv").then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.contains("formaat"));
        assertProblem(given().auth().oauth2(lezer).get(exports + "/regios?formaat=csv&status=kapot").then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.contains("status"));
        assertProblem(given().auth().oauth2(lezer).get(BASE + "/rondes/1999/exports/overzicht?formaat=xlsx").then(), 404);
        assertProblem(given().get(exports + "/regios?formaat=csv").then(), 401);
    }

    private static String tekst(Row row, int kolom) {
        return row.getCell(kolom).getStringCellValue();
    }

    private static int kolom(Row kop, String begin) {
        for (Cell cell : kop) {
            if (cell.getStringCellValue().startsWith(begin)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + begin);
    }
}
