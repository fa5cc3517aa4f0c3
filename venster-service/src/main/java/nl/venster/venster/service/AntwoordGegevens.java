package nl.venster.venster.service;

import java.util.List;
import nl.venster.venster.domain.Antwoordset;

/** One answer of an answer set. */
public record AntwoordGegevens(String vraag, int score, String toelichting) {

    static List<AntwoordGegevens> van(Antwoordset set) {
        return set.antwoorden.stream().map(a -> new AntwoordGegevens(a.vraag, a.score, a.toelichting)).toList();
    }
}
