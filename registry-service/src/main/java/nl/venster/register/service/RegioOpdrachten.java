package nl.venster.register.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What RegioService is asked to do, in its own terms (the REST bodies are mapped onto these in {@code rest}). The
 * component names are those of the bodies, so the audit trail, which records these commands, reads as before.
 */
public final class RegioOpdrachten {

    private RegioOpdrachten() {
    }

    /** A new region; without {@code geldigVanaf} it starts today (in an indelingswijziging: on its ingangsdatum). */
    public record NieuweRegio(String code, String naam, String zorgkantoorregio, String voortouwZorgverzekeraar,
                              List<String> themas, LocalDate geldigVanaf) {
    }

    /** New data of an existing region; its code and members do not change here. */
    public record Regiogegevens(String naam, String zorgkantoorregio, String voortouwZorgverzekeraar, List<String> themas) {
    }

    /** A gemeente that moves to a region. */
    public record Verplaatsing(String gemeente, String regio) {
    }

    /** New regions, moves and ended regions, all from the ingangsdatum, as one atomic change; empty lists may be null. */
    public record Indelingswijziging(LocalDate ingangsdatum, List<NieuweRegio> nieuweRegios, List<Verplaatsing> verplaatsingen,
                                     List<String> beeindigdeRegios) {
    }
}
