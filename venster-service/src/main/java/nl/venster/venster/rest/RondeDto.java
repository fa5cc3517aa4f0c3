package nl.venster.venster.rest;

import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.venster.domain.Tijd;
import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.venster.domain.Ronde;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round as the API returns it and as the venster.rondes event carries it. */
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

    public static RondeDto van(Ronde ronde) {
        return new RondeDto(ronde.jaar, ronde.status, Tijd.utc(ronde.opent), Tijd.utc(ronde.sluit),
                ronde.vragen.stream().map(vraag -> new VraagDto(vraag.code, vraag.tekst, vraag.schaal)).toList(),
                ronde.voldoendeGrens, ronde.spreidingsGrens, ronde.versie,
                ronde.herinneringen.stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }
}
