package nl.venster.conventions.domain;

import java.util.Arrays;

/**
 * Optimistic concurrency, one rule for every service: a change names the version it changes in If-Match, whose
 * strong entity tag is the version number in quotes.
 */
public final class Voorwaarde {

    private Voorwaarde() {
    }

    /** The strong entity tag of a version: the number in quotes. */
    public static String etag(long versie) {
        return "\"" + versie + "\"";
    }

    /** 428 without If-Match, 412 when it names another version; {@code wat} names the resource ("de agenda"). */
    public static void controleer(String ifMatch, long huidigeVersie, String wat) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Weigering.versieVereist("Stuur If-Match met de ETag van " + wat + " (nu " + etag(huidigeVersie)
                    + ") om te voorkomen dat u een wijziging van een ander overschrijft.");
        }
        if (!past(ifMatch, huidigeVersie)) {
            throw Weigering.versieVerouderd(capitalize(wat) + " is intussen gewijzigd (huidige versie " + huidigeVersie
                    + "); haal opnieuw op en probeer het nog eens. Er is niets gewijzigd.");
        }
    }

    /** Whether an If-Match value (a list of tags, or {@code *}) names this version. */
    public static boolean past(String ifMatch, long huidigeVersie) {
        String verwacht = etag(huidigeVersie);
        return Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(tag -> tag.equals("*") || tag.equals(verwacht));
    }

    private static String capitalize(String tekst) {
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }
}
