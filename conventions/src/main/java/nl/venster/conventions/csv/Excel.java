package nl.venster.conventions.csv;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel workbooks (.xlsx, Office Open XML) for people who open an export in Excel or LibreOffice: one sheet per
 * table, a bold, frozen header row with Dutch column headings and a filter, numbers as numbers, booleans as
 * booleans, dates as dates (shown as dd-mm-jjjj) and text as text, so sorting and sums work. Written with Apache
 * POI's streaming workbook: rows go to a temporary file rather than stay in memory.
 */
public final class Excel {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Excel() {
    }

    /** One sheet: its name (at most 31 characters), the column headings and the rows. */
    public record Blad(String naam, List<String> koppen, Iterable<? extends List<?>> rijen) {
    }

    public static StreamingOutput stream(List<Blad> bladen) {
        return output -> write(bladen, output);
    }

    public static byte[] bytes(List<Blad> bladen) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            write(bladen, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output.toByteArray();
    }

    public static void write(List<Blad> bladen, OutputStream output) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle kop = workbook.createCellStyle();
            Font vet = workbook.createFont();
            vet.setBold(true);
            kop.setFont(vet);
            CellStyle datum = workbook.createCellStyle();
            datum.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle tijdstip = workbook.createCellStyle();
            tijdstip.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy hh:mm"));
            for (Blad blad : bladen) {
                Sheet sheet = workbook.createSheet(blad.naam());
                Row header = sheet.createRow(0);
                for (int i = 0; i < blad.koppen().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(blad.koppen().get(i));
                    cell.setCellStyle(kop);
                    sheet.setColumnWidth(i, Math.min(60, Math.max(12, blad.koppen().get(i).length() + 4)) * 256);
                }
                sheet.createFreezePane(0, 1);
                int rij = 1;
                for (List<?> waarden : blad.rijen()) {
                    Row row = sheet.createRow(rij++);
                    for (int i = 0; i < waarden.size(); i++) {
                        zet(row, i, waarden.get(i), datum, tijdstip);
                    }
                }
                if (!blad.koppen().isEmpty()) {
                    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rij - 1), 0, blad.koppen().size() - 1));
                }
            }
            workbook.write(output);
            output.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void zet(Row row, int kolom, Object waarde, CellStyle datum, CellStyle tijdstip) {
        if (waarde == null) {
            return;
        }
        Cell cell = row.createCell(kolom);
        if (waarde instanceof Number getal) {
            cell.setCellValue(getal.doubleValue());
        } else if (waarde instanceof Boolean waar) {
            cell.setCellValue(waar);
        } else if (waarde instanceof LocalDate dag) {
            cell.setCellValue(dag);
            cell.setCellStyle(datum);
        } else if (waarde instanceof OffsetDateTime moment) {
            // Excel has no time zones: the Dutch local time people expect.
            cell.setCellValue(moment.atZoneSameInstant(NEDERLAND).toLocalDateTime());
            cell.setCellStyle(tijdstip);
        } else if (waarde instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(tijdstip);
        } else {
            cell.setCellValue(waarde.toString());
        }
    }
}
