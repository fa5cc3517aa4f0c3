package nl.venster.venster.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.venster.service.RondeWijziging;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RondeWijzigen", description = "De volledige nieuwe inhoud van de ronde. Vragen, grenzen en opent kunnen alleen"
        + " in concept veranderen; sluit ook zolang de ronde open is.")
public record RondeWijzigen(
        @Schema(description = "UTC") @NotNull OffsetDateTime opent,
        @Schema(description = "UTC") @NotNull OffsetDateTime sluit,
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull VraagDto> vragen,
        @NotNull @Min(1) @Max(10) Integer voldoendeGrens,
        @NotNull @Min(1) @Max(9) Integer spreidingsGrens,
        @Schema(description = "Dagen voor sluiting waarop financiers zonder antwoord een herinnering krijgen; zonder: ongewijzigd; ook te wijzigen zolang de ronde open is",
                examples = "[14, 3]") @Size(max = 5) List<@NotNull @Min(1) @Max(90) Integer> herinneringen) {

    RondeWijziging opdracht() {
        return new RondeWijziging(opent, sluit, VraagDto.gegevens(vragen), voldoendeGrens, spreidingsGrens, herinneringen);
    }
}
