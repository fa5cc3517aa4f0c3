package nl.venster.venster.domain;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The deadline as an iCalendar (RFC 5545) event: a short VEVENT ending at the closing time, with a reminder a
 * day before. Small enough to write directly (escaping and line folding per §3.1 and §3.3.11); the UID is
 * stable per message, so importing a resent invitation updates the same calendar item instead of adding one.
 */
public final class AgendaBestand {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private AgendaBestand() {
    }

    public static String deadline(String uid, String titel, String beschrijving, String link, OffsetDateTime sluit,
                                  OffsetDateTime gemaakt) {
        StringBuilder ics = new StringBuilder();
        regel(ics, "BEGIN:VCALENDAR");
        regel(ics, "VERSION:2.0");
        regel(ics, "PRODID:-//VNG en ZN//Venster op de samenwerking//NL");
        regel(ics, "CALSCALE:GREGORIAN");
        regel(ics, "METHOD:PUBLISH");
        regel(ics, "BEGIN:VEVENT");
        regel(ics, "UID:" + tekst(uid));
        regel(ics, "DTSTAMP:" + utc(gemaakt));
        regel(ics, "DTSTART:" + utc(sluit.minusMinutes(30)));
        regel(ics, "DTEND:" + utc(sluit));
        regel(ics, "SUMMARY:" + tekst(titel));
        regel(ics, "DESCRIPTION:" + tekst(beschrijving));
        if (link != null) {
            regel(ics, "URL:" + link);
        }
        regel(ics, "TRANSP:TRANSPARENT");
        regel(ics, "BEGIN:VALARM");
        regel(ics, "ACTION:DISPLAY");
        regel(ics, "DESCRIPTION:" + tekst(titel));
        regel(ics, "TRIGGER:-P1D");
        regel(ics, "END:VALARM");
        regel(ics, "END:VEVENT");
        regel(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String utc(OffsetDateTime tijd) {
        return UTC.format(tijd.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** TEXT values: backslash, semicolon, comma and newlines escaped. */
    static String tekst(String waarde) {
        return waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** A content line, folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
    static void regel(StringBuilder ics, String regel) {
        int octetten = 0;
        for (int i = 0; i < regel.length(); ) {
            int codepoint = regel.codePointAt(i);
            int lengte = new String(Character.toChars(codepoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octetten + lengte > 75) {
                ics.append("\r\n ");
                octetten = 1;
            }
            ics.appendCodePoint(codepoint);
            octetten += lengte;
            i += Character.charCount(codepoint);
        }
        ics.append("\r\n");
    }
}
