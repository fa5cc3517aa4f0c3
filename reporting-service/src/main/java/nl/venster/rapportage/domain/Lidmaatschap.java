package nl.venster.rapportage.domain;

import java.time.LocalDate;

/** A gemeente's membership of a werkstructuur-region, from the region's snapshot; {@code tot} is exclusive, null open-ended. */
public record Lidmaatschap(String gemeentecode, String gemeentenaam, LocalDate vanaf, LocalDate tot) {

    public boolean geldigOp(LocalDate datum) {
        return !vanaf.isAfter(datum) && (tot == null || datum.isBefore(tot));
    }
}
