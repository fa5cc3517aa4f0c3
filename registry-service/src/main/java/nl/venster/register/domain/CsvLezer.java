package nl.venster.register.domain;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); the platform's Csv only writes. */
public final class CsvLezer {

    private CsvLezer() {
    }

    /** Every record as its fields; blank lines are skipped; a leading byte-order mark is ignored. */
    public static List<List<String>> lees(String tekst) {
        String invoer = tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        List<List<String>> records = new ArrayList<>();
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean inAanhaling = false;
        boolean veldGelezen = false;
        for (int i = 0; i < invoer.length(); i++) {
            char c = invoer.charAt(i);
            if (inAanhaling) {
                if (c == '"' && i + 1 < invoer.length() && invoer.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    inAanhaling = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                inAanhaling = true;
                veldGelezen = true;
            } else if (c == ',') {
                velden.add(veld.toString());
                veld.setLength(0);
                veldGelezen = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < invoer.length() && invoer.charAt(i + 1) == '\n') {
                    i++;
                }
                sluitRecord(records, velden, veld, veldGelezen);
                velden = new ArrayList<>();
                veldGelezen = false;
            } else {
                veld.append(c);
                veldGelezen = true;
            }
        }
        if (inAanhaling) {
            throw new IllegalArgumentException("een aanhalingsteken wordt niet gesloten");
        }
        sluitRecord(records, velden, veld, veldGelezen);
        return records;
    }

    private static void sluitRecord(List<List<String>> records, List<String> velden, StringBuilder veld, boolean veldGelezen) {
        if (veldGelezen || !velden.isEmpty()) {
            velden.add(veld.toString());
            records.add(velden);
        }
        veld.setLength(0);
    }
}
