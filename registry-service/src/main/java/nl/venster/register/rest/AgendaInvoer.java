package nl.venster.register.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.register.domain.AgendaRegels;
import nl.venster.register.domain.Themas;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the samenwerkingsagenda; checked by Bean Validation first, then (mapped by AgendaMapper) by the rules in AgendaService. */
public final class AgendaInvoer {

    private AgendaInvoer() {
    }

    @Schema(name = "BetrokkenPartijInvoer", description = "Een partij naast de drie financiers, met haar rol")
    public record Partij(
            @NotBlank @Size(max = 200) @Schema(examples = "Provincie Drenthe") String naam,
            @NotNull @Pattern(regexp = AgendaRegels.PARTIJSOORT_PATROON, message = "provincie, aanbieder, "
                    + "patientenorganisatie, procesbegeleider, kennisinstituut of overig")
            @Schema(enumeration = {"provincie", "aanbieder", "patientenorganisatie", "procesbegeleider", "kennisinstituut", "overig"})
            String soort,
            @NotBlank @Size(max = 500) @Schema(examples = "onafhankelijk procesbegeleider") String rol) {
    }

    @Schema(name = "DoelInvoer", description = "Een meetbaar doel: indicator, nulwaarde, streefwaarde en streefdatum")
    public record Doel(
            @NotBlank @Size(max = 1000) String omschrijving,
            @NotBlank @Size(max = 500) String indicator,
            @Size(max = 100) @Schema(description = "de uitgangswaarde (baseline)") String nulwaarde,
            @NotBlank @Size(max = 100) String streefwaarde,
            @NotNull LocalDate streefdatum) {
    }

    @Schema(name = "AgendaThemaInvoer", description = "De inhoud van de agenda voor één thema van de regio")
    public record Thema(
            @NotNull @Pattern(regexp = Themas.PATROON, message = "kleine letters, cijfers en '-'") String thema,
            @Size(max = 4000) @Schema(description = "de opgave: het regionale beeld achter het thema") String opgave,
            @Size(max = 30) List<@NotNull @Valid Doel> doelen,
            @Size(max = 30) List<@NotBlank @Size(max = 1000) String> knelpunten,
            @Size(max = 30) List<@NotBlank @Size(max = 1000) String> oplossingsrichtingen) {
    }

    @Schema(name = "AgendaInvoer", description = "Een agenda (nieuw: status concept) of de nieuwe inhoud ervan")
    public record Agenda(
            @NotBlank @Size(max = 200) String titel,
            @NotNull LocalDate looptijdVanaf,
            @NotNull @Schema(description = "exclusief, zoals elke periode in het register: 2019–2021 is tot 2022-01-01")
            LocalDate looptijdTot,
            @Size(max = 4000) String gedeeldeAmbitie,
            @Size(max = 30) List<@NotNull @Valid Partij> betrokkenPartijen,
            @NotNull @Size(min = 1, max = 20) @Schema(description = "alleen thema's van de regio, elk hoogstens één keer")
            List<@NotNull @Valid Thema> themas) {
    }

    @Schema(name = "Vaststelling", description = "Het vaststellen van een conceptagenda")
    public record Vaststelling(
            @NotNull @Schema(description = "niet in de toekomst") LocalDate vastgesteldOp,
            @NotBlank @Size(max = 200) @Schema(examples = "Portefeuillehoudersoverleg G&W, 17-12-2019") String vastgesteldDoor) {
    }

    @Schema(name = "Beeindiging", description = "Het afsluiten van een vastgestelde agenda (status afgelopen)")
    public record Beeindiging(
            @NotNull @Schema(description = "vóór het einde van de looptijd: de agenda geldt dan niet meer vanaf deze datum")
            LocalDate afgelopenOp) {
    }

    @Schema(name = "AfspraakInvoer", description = "Een afspraak of actie onder een thema van de agenda")
    public record Afspraak(
            @NotNull @Pattern(regexp = Themas.PATROON, message = "kleine letters, cijfers en '-'") String thema,
            @NotBlank @Size(max = 2000) String omschrijving,
            @NotNull @Schema(description = "een contactpersoon met een rol in de regio tijdens de geplande periode") UUID trekker,
            @NotNull @Size(min = 1, max = 3) @Schema(description = "de financiers die deelnemen")
            List<@NotNull @Pattern(regexp = Financier.PATROON, message = "gemeenten, zorgverzekeraar of zorgkantoor") String> financiers,
            @NotNull LocalDate geplandeStart,
            @NotNull @Schema(description = "inclusief") LocalDate geplandEinde,
            @Pattern(regexp = AgendaRegels.AFSPRAAKSTATUS_PATROON, message = "gepland, loopt, afgerond, vertraagd of gestopt")
            @Schema(description = "standaard gepland", enumeration = {"gepland", "loopt", "afgerond", "vertraagd", "gestopt"})
            String status) {
    }

    @Schema(name = "VoortgangInvoer", description = "Een gedateerde voortgangsmelding; met status ook de nieuwe status")
    public record Voortgang(
            @NotNull @Schema(description = "niet in de toekomst") LocalDate datum,
            @NotBlank @Size(max = 2000) String toelichting,
            @Pattern(regexp = AgendaRegels.AFSPRAAKSTATUS_PATROON, message = "gepland, loopt, afgerond, vertraagd of gestopt")
            @Schema(description = "leeg: ongewijzigd", enumeration = {"gepland", "loopt", "afgerond", "vertraagd", "gestopt"})
            String status) {
    }
}
