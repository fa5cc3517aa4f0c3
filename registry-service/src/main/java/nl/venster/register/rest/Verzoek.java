package nl.venster.register.rest;

import java.time.LocalDate;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.json.IsoDate;

/** Reading query parameters so that malformed ones become a 400 listing every one (not JAX-RS's 404). */
final class Verzoek {

    private Verzoek() {
    }

    /** A {@code yyyy-mm-dd} date, or null when absent; an invalid one is reported into the validation. */
    static LocalDate datum(String waarde, String naam, InputValidation validation) {
        if (waarde == null || waarde.isEmpty()) {
            return null;
        }
        // The same rule as for dates in bodies: jjjj-mm-dd with a sane four-digit year (not +57385-07-07).
        String probleem = IsoDate.problem(waarde);
        if (probleem != null) {
            validation.add(naam, probleem);
            return null;
        }
        return LocalDate.parse(waarde);
    }

    static void patroon(String waarde, String regex, String naam, String reden, InputValidation validation) {
        validation.require(waarde == null || waarde.matches(regex), naam, reden);
    }
}
