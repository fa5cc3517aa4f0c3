package nl.venster.venster.rest;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.venster.service.AntwoordsetVersieGegevens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AntwoordsetVersie", description = "Een versie uit de historie, met wie haar indiende")
public record AntwoordsetVersieDto(
        long versie,
        @Schema(description = "UTC") OffsetDateTime ingediendOp,
        @Schema(description = "Identiteit (sub) van de indiener") String ingediendDoor,
        List<AntwoordsetDto.AntwoordDto> antwoorden) {

    public static AntwoordsetVersieDto van(AntwoordsetVersieGegevens versie) {
        return new AntwoordsetVersieDto(versie.versie(), versie.ingediendOp(), versie.ingediendDoor(), AntwoordsetDto.antwoorden(versie.antwoorden()));
    }
}
