package nl.venster.venster.rest;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.venster.service.RondeGegevens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round as the API returns it (the venster.rondes event has a payload of its own: events.RondeGewijzigd). */
@Schema(name = "Ronde", description = "Een jaarlijkse ronde van het venster")
public record RondeDto(
        @Schema(examples = "2026") int jaar,
        @Schema(enumeration = {"concept", "open", "gesloten", "gepubliceerd"}) RondeStatus status,
        @Schema(description = "UTC") OffsetDateTime opent,
        @Schema(description = "UTC") OffsetDateTime sluit,
        List<VraagDto> vragen,
        @Schema(description = "Tevreden bij score >= voldoendeGrens (rapportcijfer); bij ja-nee is ja tevreden", examples = "6")
        int voldoendeGrens,
        @Schema(description = "Verschil bij max - min >= spreidingsGrens", examples = "3")
        int spreidingsGrens,
        @Schema(description = "Versie van de ronde; stijgt bij elke wijziging") long versie,
        @Schema(description = "Dagen voor sluiting waarop financiers die nog niet hebben geantwoord een herinnering krijgen",
                examples = "[14, 3]") List<Integer> herinneringen) {

    public static RondeDto van(RondeGegevens ronde) {
        return new RondeDto(ronde.jaar(), ronde.status(), ronde.opent(), ronde.sluit(), ronde.vragen().stream().map(VraagDto::van).toList(),
                ronde.voldoendeGrens(), ronde.spreidingsGrens(), ronde.versie(), ronde.herinneringen());
    }
}
