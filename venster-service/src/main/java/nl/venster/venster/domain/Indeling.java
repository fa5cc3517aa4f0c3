package nl.venster.venster.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A round's division (DESIGN.md §4, "history is never rewritten"): the regions valid on the day the round
 * opens, each with the gemeenten that were its members that day, fixed when the round opens.
 */
public final class Indeling {

    private Indeling() {
    }

    public record Gemeente(String code, String naam) {
    }

    public record Regio(String code, String naam, String zorgkantoorregio, List<Gemeente> gemeenten) {
    }

    /** The division on the date as the replica knows it, by region code; gemeenten by code. */
    public static List<Regio> op(Collection<ReplicaRegio> regios, LocalDate datum) {
        return regios.stream()
                .filter(regio -> regio.geldigOp(datum))
                .sorted(Comparator.comparing(regio -> regio.code))
                .map(regio -> new Regio(regio.code, regio.naam, regio.zorgkantoorregio, regio.leden == null ? List.of()
                        : regio.leden.stream().filter(lid -> lid.geldigOp(datum))
                        .map(lid -> new Gemeente(lid.gemeentecode(), lid.gemeentenaam()))
                        .sorted(Comparator.comparing(Gemeente::code)).distinct().toList()))
                .toList();
    }

    /**
     * The day whose division a round gets: its opening day, or the day a beheerder opened it by hand when that
     * was earlier.
     */
    public static LocalDate peildatum(OffsetDateTime opent, LocalDate vandaag, ZoneId zone) {
        LocalDate openingsdag = opent.atZoneSameInstant(zone).toLocalDate();
        return vandaag.isBefore(openingsdag) ? vandaag : openingsdag;
    }
}
