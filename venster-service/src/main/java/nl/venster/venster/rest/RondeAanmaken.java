package nl.venster.venster.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.venster.service.NieuweRonde;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RondeAanmaken", description = "Een nieuwe ronde. Zonder vragen en grenzen: die van kopieVan, anders de standaard"
        + " (proces, agenda, resultaten; rapportcijfer; voldoendeGrens 6; spreidingsGrens 3).")
public record RondeAanmaken(
        @Schema(examples = "2026") @NotNull @Min(2020) @Max(2100) Integer jaar,
        @Schema(description = "UTC") @NotNull OffsetDateTime opent,
        @Schema(description = "UTC") @NotNull OffsetDateTime sluit,
        @Size(min = 1, max = 20) List<@Valid @NotNull VraagDto> vragen,
        @Min(1) @Max(10) Integer voldoendeGrens,
        @Min(1) @Max(9) Integer spreidingsGrens,
        @Schema(description = "Jaar van de ronde waarvan vragen en grenzen worden overgenomen", examples = "2025")
        @Min(2020) @Max(2100) Integer kopieVan,
        @Schema(description = "Dagen voor sluiting waarop financiers zonder antwoord een herinnering krijgen; zonder: die van kopieVan, anders 14 en 3",
                examples = "[14, 3]") @Size(max = 5) List<@NotNull @Min(1) @Max(90) Integer> herinneringen) {

    NieuweRonde opdracht() {
        return new NieuweRonde(jaar, opent, sluit, VraagDto.gegevens(vragen), voldoendeGrens, spreidingsGrens, kopieVan, herinneringen);
    }
}
