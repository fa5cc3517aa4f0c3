package nl.venster.conventions.vocabulary;

/** The forms of the codes every service reads and checks (regular expressions as in the contracts), named once. */
public final class Codes {

    /** A werkstructuur-regio: {@code ZKnn} or a code derived from it, e.g. {@code ZK23-UTRECHT-STAD}. */
    public static final String REGIO = "^[A-Z0-9][A-Z0-9-]{1,19}$";
    /** One of the 31 CBS zorgkantoorregio's. */
    public static final String ZORGKANTOORREGIO = "^ZK[0-9]{2}$";
    /** A CBS gemeentecode. */
    public static final String GEMEENTE = "^GM[0-9]{4}$";

    private Codes() {
    }
}
