package nl.venster.conventions.security;

/** The roles of the {@code groups} claim (DESIGN.md §5). */
public final class Roles {

    /** VNG/ZN national secretariat. */
    public static final String BEHEERDER = "beheerder";
    /** A regional contact; which region and financier comes from registry data, never from the token. */
    public static final String AANSPREEKPUNT = "aanspreekpunt";
    /** Read-only: intranets and scheduled jobs. */
    public static final String LEZER = "lezer";

    private Roles() {
    }
}
