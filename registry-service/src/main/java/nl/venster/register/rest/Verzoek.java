package nl.venster.register.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.venster.conventions.http.InputValidation;

/** Reading query parameters so that malformed ones become a 400 listing every one (not JAX-RS's 404). */
final class Verzoek {

    private Verzoek() {
    }

    /** A {@code yyyy-mm-dd} date, or null when absent; an invalid one is reported into the validation. */
    static LocalDate datum(String waarde, String naam, InputValidation validation) {
        if (waarde == null || waarde.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            validation.add(naam, "geen geldige datum (jjjj-mm-dd)");
            return null;
        }
    }

    static void patroon(String waarde, String regex, String naam, String reden, InputValidation validation) {
        validation.require(waarde == null || waarde.matches(regex), naam, reden);
    }
}
