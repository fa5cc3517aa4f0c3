package nl.venster.register.domain;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of an agenda kept as one document: the parties involved and the content per theme. */
public final class AgendaInhoud {

    private AgendaInhoud() {
    }

    /** A party beyond the three financiers, e.g. the provincie or an independent procesbegeleider. */
    public record BetrokkenPartij(String naam, String soort, String rol) {
    }

    /** A measurable goal: "wij zetten tussen 2022 en 2030 in op x% minder ...". */
    public record Doel(String omschrijving, String indicator, @Schema(nullable = true) String nulwaarde, String streefwaarde, LocalDate streefdatum) {
    }

    /** Per theme of the region: the opgave, goals, knelpunten and oplossingsrichtingen. */
    public record ThemaInhoud(String thema, String opgave, List<Doel> doelen, List<String> knelpunten,
                              List<String> oplossingsrichtingen) {
    }
}
