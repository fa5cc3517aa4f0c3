package nl.venster.venster.rest;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.service.AntwoordGegevens;
import nl.venster.venster.service.AntwoordsetGegevens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a financier's answers, as the API returns it (the venster.antwoorden event: events.AntwoordsetIngediend). */
@Schema(name = "Antwoordset", description = "Eén versie van de antwoorden van een financier")
public record AntwoordsetDto(
        int jaar,
        @Schema(examples = "ZK01") String regio,
        @Schema(enumeration = {"gemeenten", "zorgverzekeraar", "zorgkantoor"}) Financier financier,
        @Schema(description = "Versie per (jaar, regio, financier); ook de ETag") long versie,
        @Schema(description = "UTC") OffsetDateTime ingediendOp,
        @Schema(description = "Eén per vraag, in de volgorde van de ronde") List<AntwoordDto> antwoorden) {

    @Schema(name = "Antwoord")
    public record AntwoordDto(String vraag, int score, @Schema(nullable = true) String toelichting) {
    }

    public static AntwoordsetDto van(AntwoordsetGegevens set) {
        return new AntwoordsetDto(set.jaar(), set.regio(), set.financier(), set.versie(), set.ingediendOp(), antwoorden(set.antwoorden()));
    }

    /** Null stays null: sealed or not answered. */
    static List<AntwoordDto> antwoorden(List<AntwoordGegevens> antwoorden) {
        return antwoorden == null ? null : antwoorden.stream().map(a -> new AntwoordDto(a.vraag(), a.score(), a.toelichting())).toList();
    }
}
