package nl.venster.venster.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.venster.service.OpvolgingGegevens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up as the API returns it (the venster.opvolgingen event: events.OpvolgingVastgelegd). */
@Schema(name = "Opvolging")
public record OpvolgingDto(
        UUID id,
        int jaar,
        String regio,
        @Schema(enumeration = {"besproken", "actie-afgesproken", "hulpvraag-vng-zn", "geagendeerd-vws", "afgerond"})
        OpvolgingSoort soort,
        @Schema(nullable = true) String toelichting,
        @Schema(description = "UTC") OffsetDateTime vastgelegdOp,
        @Schema(description = "Volgnummer per (jaar, regio)") long volgnummer,
        @Schema(description = "Bij actie-afgesproken: de afspraak uit de samenwerkingsagenda van de regio; anders leeg", nullable = true) UUID afspraak) {

    public static OpvolgingDto van(OpvolgingGegevens opvolging) {
        return new OpvolgingDto(opvolging.id(), opvolging.jaar(), opvolging.regio(), opvolging.soort(), opvolging.toelichting(),
                opvolging.vastgelegdOp(), opvolging.volgnummer(), opvolging.afspraak());
    }
}
