package nl.venster.venster.rest;

import java.time.OffsetDateTime;
import java.util.List;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.venster.service.RegioAntwoordenGegevens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegioAntwoorden", description = "De antwoorden van een regio, verzegeld tot alle drie de financiers hebben"
        + " geantwoord of de ronde is gesloten; de eigen antwoorden zijn altijd zichtbaar.")
public record RegioAntwoordenDto(
        int jaar,
        String regio,
        @Schema(enumeration = {"concept", "open", "gesloten", "gepubliceerd"}) RondeStatus rondeStatus,
        @Schema(description = "Alle drie de financiers hebben geantwoord") boolean compleet,
        @Schema(description = "De scores van alle financiers zijn voor alle betrokkenen zichtbaar") boolean ontzegeld,
        List<FinancierAntwoorden> financiers) {

    public static RegioAntwoordenDto van(RegioAntwoordenGegevens regio) {
        return new RegioAntwoordenDto(regio.jaar(), regio.regio(), regio.rondeStatus(), regio.compleet(), regio.ontzegeld(),
                regio.financiers().stream().map(f -> new FinancierAntwoorden(f.financier(), f.beantwoord(), f.versie(), f.ingediendOp(),
                        f.verzegeld(), AntwoordsetDto.antwoorden(f.antwoorden()))).toList());
    }

    @Schema(name = "FinancierAntwoorden")
    public record FinancierAntwoorden(
            @Schema(enumeration = {"gemeenten", "zorgverzekeraar", "zorgkantoor"}) Financier financier,
            boolean beantwoord,
            @Schema(description = "Huidige versie; leeg als nog niet beantwoord", nullable = true) Long versie,
            @Schema(description = "UTC; leeg als nog niet beantwoord", nullable = true) OffsetDateTime ingediendOp,
            @Schema(description = "Nog verzegeld voor de vrager: alleen wie heeft geantwoord is zichtbaar") boolean verzegeld,
            @Schema(description = "Leeg zolang verzegeld of niet beantwoord", nullable = true) List<AntwoordsetDto.AntwoordDto> antwoorden) {
    }
}
