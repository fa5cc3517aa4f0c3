package nl.venster.conventions.json;

/** The characters a text from a client may hold: printable Unicode, and tab and newline in long texts. */
public final class TextCheck {

    private TextCheck() {
    }

    /** Why this text is refused, in Dutch, or null when it is acceptable. */
    public static String problem(String value, boolean longText) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "bevat het NUL-teken, dat niet is toegestaan";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "bevat een los surrogaatteken (geen geldig Unicode)";
            }
            if (Character.isLowSurrogate(c)) {
                return "bevat een los surrogaatteken (geen geldig Unicode)";
            }
            if (c == '\t' || c == '\n' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n')) {
                if (!longText) {
                    return "mag geen tab of regelovergang bevatten";
                }
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                return "bevat een stuurteken (U+" + String.format("%04X", (int) c) + "), dat niet is toegestaan";
            }
        }
        return null;
    }
}
