package nl.venster.conventions.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelTest {

    @Test
    void cellsKeepTheirTypesUnderDutchHeadings() throws IOException {
        byte[] bytes = Excel.bytes(List.of(new Excel.Blad("Ronde", List.of("Jaar", "Opent op", "Sluit op", "Gemiddelde", "Open", "Naam"),
                List.of(Arrays.asList(2026, LocalDate.of(2026, 3, 1), OffsetDateTime.of(2026, 4, 30, 15, 0, 0, 0, ZoneOffset.UTC),
                        7.25, true, "Zoë"), Arrays.asList(2027, null, null, null, false, "=1+1")))));
        try (Workbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet blad = werkmap.getSheet("Ronde");
            assertEquals("Opent op", blad.getRow(0).getCell(1).getStringCellValue());
            assertTrue(werkmap.getFontAt(blad.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "bold headings");
            Row rij = blad.getRow(1);
            assertEquals(CellType.NUMERIC, rij.getCell(0).getCellType());
            assertEquals(2026.0, rij.getCell(0).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(rij.getCell(1)));
            assertEquals(LocalDate.of(2026, 3, 1), rij.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            // Dutch local time (CEST in April).
            assertEquals(17, rij.getCell(2).getLocalDateTimeCellValue().getHour());
            assertEquals(7.25, rij.getCell(3).getNumericCellValue());
            assertEquals(CellType.BOOLEAN, rij.getCell(4).getCellType());
            assertEquals("Zoë", rij.getCell(5).getStringCellValue());
            assertEquals(null, blad.getRow(2).getCell(1), "no value, no cell");
            assertEquals(CellType.STRING, blad.getRow(2).getCell(5).getCellType(), "text is never a formula");
        }
    }
}
