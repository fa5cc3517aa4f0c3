package nl.venster.register.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.venster.conventions.vocabulary.Codes;
import nl.venster.register.domain.Themas;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of regions, memberships and coverage. */
public final class RegioDtos {

    public static final String REGIOCODE = Codes.REGIO;
    public static final String GEMEENTECODE = Codes.GEMEENTE;
    public static final String ZORGKANTOORREGIOCODE = Codes.ZORGKANTOORREGIO;

    private RegioDtos() {
    }

    @Schema(name = "GemeenteKort", description = "Een gemeente: CBS-code en naam")
    public record GemeenteKort(@Schema(examples = "GM0344") String code, String naam) {
    }

    @Schema(name = "Regio", description = "Een werkstructuur-regio met haar gemeenten op de peildatum")
    public record RegioDto(
            @Schema(examples = "ZK23") String code,
            String naam,
            @Schema(examples = "ZK23") String zorgkantoorregio,
            @Schema(description = "de zorgverzekeraar die het voortouw neemt; leeg: nog niet gekozen", nullable = true) String voortouwZorgverzekeraar,
            @Schema(description = "altijd ouderen, ggz en preventie; daarna regionale thema's") List<String> themas,
            LocalDate geldigVanaf,
            @Schema(description = "exclusief; leeg: onbepaald", nullable = true) LocalDate geldigTot,
            @Schema(description = "telt de wijzigingen; ook de sequence van de events") long versie,
            @Schema(description = "de gemeenten die op de peildatum lid zijn") List<GemeenteKort> gemeenten) {
    }

    @Schema(name = "RegioInvoer", description = "Een nieuwe werkstructuur-regio")
    public record RegioInvoer(
            @NotNull @Pattern(regexp = REGIOCODE, message = "hoofdletters, cijfers en '-', 2 tot 20 tekens")
            @Schema(examples = "ZK23-UTRECHT-STAD") String code,
            @NotBlank @Size(max = 200) String naam,
            @NotNull @Pattern(regexp = ZORGKANTOORREGIOCODE, message = "ZK gevolgd door twee cijfers") String zorgkantoorregio,
            @Size(max = 200) String voortouwZorgverzekeraar,
            @Size(max = 20) @Schema(description = "ouderen, ggz en preventie worden altijd toegevoegd")
            List<@NotNull @Pattern(regexp = Themas.PATROON, message = "kleine letters, cijfers en '-'") String> themas,
            @Schema(description = "standaard vandaag; bij een indelingswijziging de ingangsdatum") LocalDate geldigVanaf) {
    }

    @Schema(name = "RegioWijziging", description = "Nieuwe gegevens van een regio (de code en de leden wijzigen hier niet)")
    public record RegioWijziging(
            @NotBlank @Size(max = 200) String naam,
            @NotNull @Pattern(regexp = ZORGKANTOORREGIOCODE, message = "ZK gevolgd door twee cijfers") String zorgkantoorregio,
            @Size(max = 200) String voortouwZorgverzekeraar,
            @NotNull @Size(min = 3, max = 20) @Schema(description = "moet ouderen, ggz en preventie bevatten")
            List<@NotNull @Pattern(regexp = Themas.PATROON, message = "kleine letters, cijfers en '-'") String> themas) {
    }

    @Schema(name = "Lidmaatschap", description = "Een gemeente is lid van een regio van vanaf tot (exclusief) tot")
    public record LidmaatschapDto(String gemeentecode, String gemeentenaam, String regio, LocalDate vanaf,
                                  @Schema(description = "exclusief; leeg: onbepaald", nullable = true) LocalDate tot) {
    }

    @Schema(name = "Verplaatsing", description = "Gemeenten die per de ingangsdatum naar deze regio gaan")
    public record VerplaatsingNaarRegio(
            @NotNull LocalDate ingangsdatum,
            @NotEmpty @Size(max = 400)
            List<@NotNull @Pattern(regexp = GEMEENTECODE, message = "GM gevolgd door vier cijfers") String> gemeenten) {
    }

    @Schema(name = "GemeenteNaarRegio")
    public record GemeenteNaarRegio(
            @NotNull @Pattern(regexp = GEMEENTECODE, message = "GM gevolgd door vier cijfers") String gemeente,
            @NotNull @Pattern(regexp = REGIOCODE, message = "geen geldige regiocode") String regio) {
    }

    @Schema(name = "Indelingswijziging", description = "Verplaatsen, splitsen of samenvoegen als één atomaire wijziging: "
            + "nieuwe regio's ontstaan, gemeenten verhuizen en regio's eindigen, allemaal per de ingangsdatum")
    public record Indelingswijziging(
            @NotNull LocalDate ingangsdatum,
            @Valid @Size(max = 50) List<@NotNull RegioInvoer> nieuweRegios,
            @Valid @Size(max = 400) List<@NotNull GemeenteNaarRegio> verplaatsingen,
            @Size(max = 50) List<@NotNull @Pattern(regexp = REGIOCODE, message = "geen geldige regiocode") String> beeindigdeRegios) {
    }

}
