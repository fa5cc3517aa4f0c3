package nl.venster.venster.service;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.venster.domain.Opvolging;
import nl.venster.venster.domain.Tijd;

/** A follow-up as the service gives it out (and the audit trail keeps it); {@code afspraak} only with actie-afgesproken. */
public record OpvolgingGegevens(UUID id, int jaar, String regio, OpvolgingSoort soort, String toelichting, OffsetDateTime vastgelegdOp,
                                long volgnummer, UUID afspraak) {

    static OpvolgingGegevens van(Opvolging opvolging) {
        return new OpvolgingGegevens(opvolging.id, opvolging.jaar, opvolging.regio, opvolging.soort, opvolging.toelichting,
                Tijd.utc(opvolging.vastgelegdOp), opvolging.volgnummer, opvolging.afspraak);
    }
}
