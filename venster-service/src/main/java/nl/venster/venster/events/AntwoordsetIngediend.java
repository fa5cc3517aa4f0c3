package nl.venster.venster.events;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.domain.Antwoordset;
import nl.venster.venster.domain.Tijd;

/**
 * The data of {@code nl.venster.antwoordset.ingediend} (openapi/asyncapi.yaml, schema Antwoordset): one version of a
 * financier's answers, one per question in the round's order.
 */
public record AntwoordsetIngediend(int jaar, String regio, Financier financier, long versie, OffsetDateTime ingediendOp,
                                   List<Antwoord> antwoorden) {

    public record Antwoord(String vraag, int score, String toelichting) {
    }

    public static AntwoordsetIngediend van(Antwoordset set) {
        return new AntwoordsetIngediend(set.jaar, set.regio, set.financier, set.versie, Tijd.utc(set.ingediendOp),
                set.antwoorden.stream().map(a -> new Antwoord(a.vraag, a.score, a.toelichting)).toList());
    }
}
