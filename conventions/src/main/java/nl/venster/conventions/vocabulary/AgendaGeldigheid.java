package nl.venster.conventions.vocabulary;

import java.time.LocalDate;
import java.util.List;

/**
 * When a samenwerkingsagenda (DESIGN.md §7) is in force: the registry applies it to its one-adopted-agenda rule
 * and its queries, the reporting-service to the agenda it shows for a round's date. One rule, one place.
 */
public final class AgendaGeldigheid {

    public static final String CONCEPT = "concept";
    public static final String VASTGESTELD = "vastgesteld";
    public static final String AFGELOPEN = "afgelopen";
    public static final List<String> STATUSSEN = List.of(CONCEPT, VASTGESTELD, AFGELOPEN);

    /** The statuses of an afspraak, in the order reports list them. */
    public static final List<String> AFSPRAAKSTATUSSEN = List.of("gepland", "loopt", "vertraagd", "afgerond", "gestopt");

    private AgendaGeldigheid() {
    }

    /** Adopted: vastgesteld now, or afgelopen after having been vastgesteld. */
    public static boolean isVastgesteld(String status) {
        return VASTGESTELD.equals(status) || AFGELOPEN.equals(status);
    }

    /** The exclusive end of the dates it counts for: the looptijd's end, or an earlier end when it was closed early. */
    public static LocalDate einde(LocalDate looptijdVanaf, LocalDate looptijdTot, LocalDate afgelopenOp) {
        boolean eerder = afgelopenOp != null && afgelopenOp.isBefore(looptijdTot) && afgelopenOp.isAfter(looptijdVanaf);
        return eerder ? afgelopenOp : looptijdTot;
    }

    /** In force on the date: adopted on or before it, and the date within [looptijdVanaf, einde). */
    public static boolean vanKrachtOp(String status, LocalDate looptijdVanaf, LocalDate looptijdTot, LocalDate vastgesteldOp,
                                      LocalDate afgelopenOp, LocalDate datum) {
        return isVastgesteld(status) && vastgesteldOp != null && !vastgesteldOp.isAfter(datum)
                && !datum.isBefore(looptijdVanaf) && datum.isBefore(einde(looptijdVanaf, looptijdTot, afgelopenOp));
    }
}
