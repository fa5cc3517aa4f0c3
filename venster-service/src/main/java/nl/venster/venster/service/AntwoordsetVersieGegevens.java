package nl.venster.venster.service;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.venster.domain.Antwoordset;
import nl.venster.venster.domain.Tijd;

/** A version from an answer set's history, with who submitted it. */
public record AntwoordsetVersieGegevens(long versie, OffsetDateTime ingediendOp, String ingediendDoor, List<AntwoordGegevens> antwoorden) {

    static AntwoordsetVersieGegevens van(Antwoordset set) {
        return new AntwoordsetVersieGegevens(set.versie, Tijd.utc(set.ingediendOp), set.ingediendDoor, AntwoordGegevens.van(set));
    }
}
