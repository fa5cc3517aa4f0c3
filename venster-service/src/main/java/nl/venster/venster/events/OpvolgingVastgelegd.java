package nl.venster.venster.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.venster.domain.Opvolging;
import nl.venster.venster.domain.Tijd;

/** The data of {@code nl.venster.opvolging.vastgelegd} (openapi/asyncapi.yaml, schema Opvolging). */
public record OpvolgingVastgelegd(UUID id, int jaar, String regio, OpvolgingSoort soort, String toelichting, OffsetDateTime vastgelegdOp,
                                  long volgnummer, UUID afspraak) {

    public static OpvolgingVastgelegd van(Opvolging opvolging) {
        return new OpvolgingVastgelegd(opvolging.id, opvolging.jaar, opvolging.regio, opvolging.soort, opvolging.toelichting,
                Tijd.utc(opvolging.vastgelegdOp), opvolging.volgnummer, opvolging.afspraak);
    }
}
