package nl.venster.rapportage.domain;

import java.util.List;

/**
 * A region as it belongs to a round: the division on the day the round opened, fixed from then on (DESIGN.md §4),
 * with the gemeenten that were its members that day. Later renames, splits and herindelingen do not change it.
 */
public record RondeRegio(String code, String naam, String zorgkantoorregio, List<Gemeente> gemeenten) {

    public record Gemeente(String code, String naam) {
    }

    /** A region of a round whose division is not fixed yet (a concept round): its current snapshot, no gemeenten. */
    public static RondeRegio van(RegioFeit regio) {
        return new RondeRegio(regio.code, regio.naam, regio.zorgkantoorregio, List.of());
    }
}
