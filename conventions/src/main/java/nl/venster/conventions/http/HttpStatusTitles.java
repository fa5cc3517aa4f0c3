package nl.venster.conventions.http;

import java.util.Map;

/** Fixed Dutch titles per status, so that a problem's title never echoes input or internals. */
public final class HttpStatusTitles {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Ongeldige invoer"),
            Map.entry(401, "Niet geauthenticeerd"),
            Map.entry(403, "Geen toegang"),
            Map.entry(404, "Niet gevonden"),
            Map.entry(405, "Methode niet toegestaan"),
            Map.entry(406, "Niet aanvaardbaar"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Voorwaarde niet vervuld"),
            Map.entry(413, "Verzoek te groot"),
            Map.entry(414, "URI te lang"),
            Map.entry(415, "Mediatype niet ondersteund"),
            Map.entry(428, "Voorwaarde vereist"),
            Map.entry(429, "Te veel verzoeken"),
            Map.entry(431, "Headers te groot"),
            Map.entry(500, "Interne fout"),
            Map.entry(503, "Dienst niet beschikbaar"));

    private HttpStatusTitles() {
    }

    public static String title(int status) {
        String title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        return status >= 500 ? "Serverfout" : "Fout in het verzoek";
    }

    /** A safe default explanation for statuses the framework raises without our own detail. */
    public static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "Het verzoek is ongeldig.";
            case 401 -> "Een geldig bearer-token is vereist.";
            case 403 -> "Deze handeling is met uw rol of voor dit object niet toegestaan.";
            case 404 -> "De gevraagde resource bestaat niet.";
            case 405 -> "Deze HTTP-methode wordt op deze resource niet ondersteund; zie de Allow-header.";
            case 406 -> "Geen van de gevraagde mediatypes (Accept) kan worden geleverd.";
            case 413 -> "De body van het verzoek is groter dan toegestaan.";
            case 414 -> "De URI is langer dan toegestaan.";
            case 415 -> "Het mediatype van de body (Content-Type) wordt niet ondersteund.";
            case 429 -> "Te veel schrijfverzoeken; probeer het later opnieuw (zie Retry-After).";
            case 431 -> "De headers van het verzoek zijn groter dan toegestaan.";
            case 503 -> "De dienst is tijdelijk niet beschikbaar.";
            default -> status >= 500 ? "Er ging iets mis aan de kant van de server." : "Het verzoek kan niet worden verwerkt.";
        };
    }
}
