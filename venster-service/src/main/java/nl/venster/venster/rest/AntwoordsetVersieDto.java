package nl.venster.venster.rest;

import nl.venster.venster.domain.Tijd;
import nl.venster.venster.domain.Antwoordset;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AntwoordsetVersie", description = "Een versie uit de historie, met wie haar indiende")
public record AntwoordsetVersieDto(
        long versie,
        @Schema(description = "UTC") OffsetDateTime ingediendOp,
        @Schema(description = "Identiteit (sub) van de indiener") String ingediendDoor,
        List<AntwoordsetDto.AntwoordDto> antwoorden) {

    public static AntwoordsetVersieDto van(Antwoordset set) {
        return new AntwoordsetVersieDto(set.versie, Tijd.utc(set.ingediendOp), set.ingediendDoor, AntwoordsetDto.antwoorden(set));
    }
}
