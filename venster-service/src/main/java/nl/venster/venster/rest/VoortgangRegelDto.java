package nl.venster.venster.rest;

import java.util.List;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.service.VoortgangRegelGegevens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VoortgangRegel", description = "Een financier in een regio die nog niet heeft geantwoord, of die geen aanspreekpunt heeft")
public record VoortgangRegelDto(
        String regio,
        String regioNaam,
        @Schema(enumeration = {"gemeenten", "zorgverzekeraar", "zorgkantoor"}) Financier financier,
        boolean beantwoord,
        @Schema(description = "Er is een bestuurlijk of ambtelijk aanspreekpunt op de peildatum") boolean heeftAanspreekpunt,
        @Schema(description = "Namen van de aanspreekpunten volgens het register") List<String> aanspreekpunten,
        @Schema(description = "Aanspreekpunten van wie het register geen e-mailadres heeft: niet bereikbaar voor uitnodigingen en"
                + " herinneringen") List<String> nietBereikbaar) {

    static VoortgangRegelDto van(VoortgangRegelGegevens regel) {
        return new VoortgangRegelDto(regel.regio(), regel.regioNaam(), regel.financier(), regel.beantwoord(), regel.heeftAanspreekpunt(),
                regel.aanspreekpunten(), regel.nietBereikbaar());
    }
}
