package nl.venster.venster.domain;

import java.util.Set;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.RondeStatus;

/**
 * Sealed until complete (DESIGN.md §4): a financier sees its own answers at once, the other financiers'
 * scores only once all three have answered or the round has closed. Before that only who has answered.
 */
public record Verzegeling(boolean ontzegeld) {

    public static Verzegeling voor(RondeStatus status, Set<Financier> beantwoord) {
        return new Verzegeling(status.afgesloten() || beantwoord.containsAll(Set.of(Financier.values())));
    }

    /** Whether a caller who speaks for {@code eigen} may see the scores of {@code financier}. */
    public boolean zichtbaar(Financier financier, Set<Financier> eigen) {
        return ontzegeld || eigen.contains(financier);
    }
}
