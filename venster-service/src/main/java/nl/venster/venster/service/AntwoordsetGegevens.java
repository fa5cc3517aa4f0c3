package nl.venster.venster.service;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.domain.Antwoordset;
import nl.venster.venster.domain.Tijd;

/** One version of a financier's answers, as the service gives it out (and the audit trail keeps it). */
public record AntwoordsetGegevens(int jaar, String regio, Financier financier, long versie, OffsetDateTime ingediendOp,
                                  List<AntwoordGegevens> antwoorden) {

    static AntwoordsetGegevens van(Antwoordset set) {
        return new AntwoordsetGegevens(set.jaar, set.regio, set.financier, set.versie, Tijd.utc(set.ingediendOp), AntwoordGegevens.van(set));
    }
}
