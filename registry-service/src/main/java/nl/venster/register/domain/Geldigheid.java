package nl.venster.register.domain;

import java.time.LocalDate;

/** A validity interval [vanaf, tot): {@code tot} is exclusive and null means open-ended. */
public record Geldigheid(LocalDate vanaf, LocalDate tot) {

    public Geldigheid {
        if (vanaf == null) {
            throw new IllegalArgumentException("vanaf is required");
        }
        if (tot != null && !tot.isAfter(vanaf)) {
            throw new IllegalArgumentException("tot must be after vanaf");
        }
    }

    public static boolean omvat(LocalDate vanaf, LocalDate tot, LocalDate datum) {
        return !datum.isBefore(vanaf) && (tot == null || datum.isBefore(tot));
    }

    /** Whether [vanaf1, tot1) and [vanaf2, tot2) share at least one date. */
    public static boolean overlappen(LocalDate vanaf1, LocalDate tot1, LocalDate vanaf2, LocalDate tot2) {
        return (tot2 == null || vanaf1.isBefore(tot2)) && (tot1 == null || vanaf2.isBefore(tot1));
    }

    public boolean omvat(LocalDate datum) {
        return omvat(vanaf, tot, datum);
    }

    public boolean overlaptMet(Geldigheid andere) {
        return overlappen(vanaf, tot, andere.vanaf, andere.tot);
    }
}
