package nl.venster.venster.service;

/** Strong entity tags for versioned resources: the version number in quotes. */
public final class ETags {

    private ETags() {
    }

    public static String van(long versie) {
        return "\"" + versie + "\"";
    }
}
