package nl.venster.conventions.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV for exports that scheduled jobs and mail merges read: UTF-8, CRLF line ends, a header
 * line, fields quoted when needed. Cells that a spreadsheet would run as a formula are defused.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String MEDIA_TYPE_UTF8 = "text/csv; charset=UTF-8";
    private static final String LINE_END = "\r\n";

    private Csv() {
    }

    /** A header line followed by one line per row. */
    public static String document(List<String> header, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        for (List<?> row : rows) {
            csv.append(line(row));
        }
        return csv.toString();
    }

    public static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A leading =, +, - or @ makes spreadsheets evaluate the cell (CSV injection); numbers stay numbers.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
