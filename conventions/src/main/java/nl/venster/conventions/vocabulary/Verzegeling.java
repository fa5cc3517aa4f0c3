package nl.venster.conventions.vocabulary;

import java.util.EnumSet;
import java.util.Set;

/**
 * Sealed until complete (DESIGN.md §4): a financier sees its own answers at once, the other financiers' scores only
 * once all three have answered or the round has closed; before that only who has answered. One rule for the
 * venster-service (who may see which answers) and the reporting-service (whether a region's scores are shown).
 *
 * @param ontzegeld the scores of every financier are visible to everyone concerned
 */
public record Verzegeling(boolean ontzegeld) {

    /** The sealing of a region's answers in a round with this status, given the financiers that have answered. */
    public static Verzegeling voor(RondeStatus status, Set<Financier> beantwoord) {
        return new Verzegeling(status.afgesloten() || beantwoord.containsAll(EnumSet.allOf(Financier.class)));
    }

    /** Whether a caller who speaks for {@code eigen} (its own financiers in the region) may see the scores of {@code financier}. */
    public boolean zichtbaar(Financier financier, Set<Financier> eigen) {
        return ontzegeld || eigen.contains(financier);
    }
}
