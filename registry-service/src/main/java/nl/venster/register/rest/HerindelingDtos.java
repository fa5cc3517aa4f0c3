package nl.venster.register.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.venster.register.domain.Herindelingsvergelijking;
import nl.venster.register.service.Herindeling;
import nl.venster.register.service.HerindelingService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the yearly CBS municipality import. */
public final class HerindelingDtos {

    private HerindelingDtos() {
    }

    @Schema(name = "HerindelingGemeente", description = "Een regel van de CBS-gemeentelijst, met optionele besluiten")
    public record GemeenteRegel(
            @NotNull @Pattern(regexp = RegioDtos.GEMEENTECODE, message = "GM gevolgd door vier cijfers") String gemeentecode,
            @NotBlank @Size(max = 200) String gemeentenaam,
            @NotNull @Pattern(regexp = RegioDtos.ZORGKANTOORREGIOCODE, message = "ZK gevolgd door twee cijfers")
            String zorgkantoorregio,
            @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode")
            @Schema(description = "besluit: de regio van een nieuwe gemeente (anders voorgesteld)") String regio,
            @Size(max = 50) @Schema(description = "besluit: de gemeenten die in deze nieuwe gemeente opgaan")
            List<@NotNull @Pattern(regexp = RegioDtos.GEMEENTECODE, message = "GM gevolgd door vier cijfers") String> voorgangers) {

        public Herindelingsvergelijking.Regel alsRegel() {
            return new Herindelingsvergelijking.Regel(gemeentecode, gemeentenaam, zorgkantoorregio, regio, voorgangers);
        }
    }

    @Schema(name = "Gemeentelijst", description = "De volledige CBS-gemeentelijst van een jaar (JSON-vorm van de CSV)")
    public record Gemeentelijst(@NotEmpty @Size(max = HerindelingService.MAX_GEMEENTEN) List<@Valid @NotNull GemeenteRegel> gemeenten) {
    }

    @Schema(name = "Herindeling", description = "Het verschil tussen de lijst en het register per de ingangsdatum")
    public record HerindelingResultaat(
            LocalDate ingangsdatum,
            boolean dryRun,
            @Schema(description = "of de herindeling is doorgevoerd") boolean toegepast,
            List<Herindelingsvergelijking.NieuweGemeente> nieuw,
            List<Herindelingsvergelijking.BeeindigdeGemeente> beeindigd,
            List<Herindelingsvergelijking.HernoemdeGemeente> hernoemd,
            List<Herindelingsvergelijking.GewijzigdeZorgkantoorregio> andereZorgkantoorregio,
            @Schema(description = "nieuwe gemeenten waarvoor de regio gekozen moet worden (veld regio)") List<String> besluitNodig) {

        static HerindelingResultaat van(Herindeling herindeling) {
            return new HerindelingResultaat(herindeling.ingangsdatum(), herindeling.dryRun(), herindeling.toegepast(),
                    herindeling.nieuw(), herindeling.beeindigd(), herindeling.hernoemd(), herindeling.andereZorgkantoorregio(),
                    herindeling.besluitNodig());
        }
    }
}
