package nl.venster.conventions.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date as clients must write it, in bodies and parameters alike: {@code jjjj-mm-dd} with a four-digit year
 * in a sane range. {@link LocalDate#parse} alone takes signed years of any length ({@code +57385-07-07}).
 */
public final class IsoDate {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDate() {
    }

    /** Why this text is not an acceptable date, in Dutch, or null when it is one. */
    public static String problem(String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            return "moet een datum zijn als jjjj-mm-dd (jaar " + FIRST_YEAR + " tot en met " + LAST_YEAR + ")";
        }
        try {
            int year = LocalDate.parse(value).getYear();
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return "moet een datum zijn als jjjj-mm-dd (jaar " + FIRST_YEAR + " tot en met " + LAST_YEAR + ")";
            }
            return null;
        } catch (DateTimeParseException e) {
            return "is geen bestaande datum";
        }
    }
}
