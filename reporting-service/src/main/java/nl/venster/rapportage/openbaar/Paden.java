package nl.venster.rapportage.openbaar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public pages' paths, outside the JSON API's base path. */
final class Paden {

    static final String BASIS = "/openbaar";

    private Paden() {
    }

    static String ronde(int jaar) {
        return BASIS + "/rondes/" + jaar;
    }

    static String regio(int jaar, String regio) {
        return ronde(jaar) + "/regios/" + URLEncoder.encode(regio, StandardCharsets.UTF_8);
    }

    static String csv(int jaar) {
        return ronde(jaar) + ".csv";
    }

    static String json(int jaar) {
        return ronde(jaar) + ".json";
    }
}
