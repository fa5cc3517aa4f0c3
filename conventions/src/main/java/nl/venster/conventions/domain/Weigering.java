package nl.venster.conventions.domain;

import java.util.List;

/**
 * A request the rules refuse, raised by services and domain classes without knowing HTTP: what kind of refusal
 * it is, a message for the API user and, for invalid input, every invalid field. {@code conventions} turns it
 * into problem+json in one place (ProblemExceptionMappers), so the status per kind is decided once.
 */
public class Weigering extends RuntimeException {

    /** The kinds of refusal; each maps to one HTTP status. */
    public enum Soort {
        /** Invalid input (400), with every invalid field. */
        ONGELDIG,
        /** The caller may not do this (403). */
        VERBODEN,
        /** Not there, or not visible to the caller (404). */
        NIET_GEVONDEN,
        /** Conflicts with the current state (409). */
        CONFLICT,
        /** The If-Match version is not the current one (412). */
        VERSIE_VEROUDERD,
        /** The change needs an If-Match version (428). */
        VERSIE_VEREIST
    }

    /** One invalid field or parameter: its name (a JSON path or query key) and why it was refused. */
    public record OngeldigVeld(String naam, String reden) {
    }

    private final Soort soort;
    private final transient List<OngeldigVeld> velden;

    protected Weigering(Soort soort, String melding, List<OngeldigVeld> velden) {
        // No stack trace: a refusal is an expected outcome, raised often and never logged as an error.
        super(melding, null, false, false);
        this.soort = soort;
        this.velden = List.copyOf(velden);
    }

    public Soort soort() {
        return soort;
    }

    /** The invalid fields of an {@link Soort#ONGELDIG} refusal; empty otherwise. */
    public List<OngeldigVeld> velden() {
        return velden;
    }

    public static Weigering ongeldig(List<OngeldigVeld> velden) {
        return new Weigering(Soort.ONGELDIG, "De invoer is ongeldig; zie invalidParams voor elk ongeldig veld.", velden);
    }

    public static Weigering ongeldig(String naam, String reden) {
        return ongeldig(List.of(new OngeldigVeld(naam, reden)));
    }

    public static Weigering verboden(String melding) {
        return new Weigering(Soort.VERBODEN, melding, List.of());
    }

    public static Weigering nietGevonden(String melding) {
        return new Weigering(Soort.NIET_GEVONDEN, melding, List.of());
    }

    public static Weigering conflict(String melding) {
        return new Weigering(Soort.CONFLICT, melding, List.of());
    }

    public static Weigering versieVerouderd(String melding) {
        return new Weigering(Soort.VERSIE_VEROUDERD, melding, List.of());
    }

    public static Weigering versieVereist(String melding) {
        return new Weigering(Soort.VERSIE_VEREIST, melding, List.of());
    }
}
