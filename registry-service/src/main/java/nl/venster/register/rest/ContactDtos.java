package nl.venster.register.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.Rolsoort;
import nl.venster.register.domain.Themas;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of contacts and role assignments. */
public final class ContactDtos {

    private ContactDtos() {
    }

    @Schema(name = "ContactpersoonInvoer")
    public record ContactpersoonInvoer(
            @NotBlank @Size(max = 200) String naam,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,40}$", message = "cijfers, spaties, haakjes, '-' en een voorloop-'+'")
            @Size(max = 40) String telefoon,
            @Size(max = 200) String organisatie,
            @NotBlank @Size(max = 255) @Schema(description = "het subject (sub-claim) in de tokens van deze persoon")
            String subject) {
    }

    @Schema(name = "Contactpersoon", description = "E-mail en telefoon zijn alleen zichtbaar voor beheerders, de persoon zelf "
            + "en contactpersonen met een rol in dezelfde regio; anders leeg")
    public record ContactpersoonDto(UUID id, String naam,
                                    @Schema(description = "leeg als niet vastgelegd of niet zichtbaar", nullable = true) String email,
                                    @Schema(description = "leeg als niet vastgelegd of niet zichtbaar", nullable = true) String telefoon,
                                    @Schema(nullable = true) String organisatie, String subject,
                                    @Schema(description = "of e-mail en telefoon voor deze aanroeper zichtbaar zijn")
                                    boolean contactgegevensZichtbaar,
                                    @Schema(description = "alle roltoewijzingen, ook vroegere en toekomstige") List<RolDto> rollen,
                                    long versie,
                                    @Schema(description = "Gezet als de contactpersoon is verwijderd terwijl er historie was: "
                                            + "de rollen eindigden die dag en e-mail en telefoon zijn gewist; naam, subject en "
                                            + "historie blijven bewaard; leeg: niet vertrokken", nullable = true) LocalDate vertrokkenOp) {
    }

    @Schema(name = "Roltoewijzing")
    public record RolDto(UUID id, UUID contactpersoon, String contactpersoonNaam, @Schema(nullable = true) String organisatie, String regio,
                         @Schema(enumeration = {"gemeenten", "zorgverzekeraar", "zorgkantoor"}) String financier,
                         @Schema(enumeration = {"bestuurlijk-aanspreekpunt", "ambtelijk-aanspreekpunt", "trekker",
                                 "regiocoordinator"}) String rol,
                         @Schema(description = "alleen bij trekker", nullable = true) String thema, LocalDate vanaf,
                         @Schema(description = "exclusief; leeg: onbepaald", nullable = true) LocalDate tot) {
    }

    @Schema(name = "RolInvoer", description = "Een roltoewijzing; met vervangt eindigt de vervangen toewijzing op vanaf")
    public record RolInvoer(
            @NotNull UUID contactpersoon,
            @NotNull @Pattern(regexp = Financier.PATROON, message = "gemeenten, zorgverzekeraar of zorgkantoor") String financier,
            @NotNull @Pattern(regexp = Rolsoort.PATROON, message = "bestuurlijk-aanspreekpunt, ambtelijk-aanspreekpunt, "
                    + "trekker of regiocoordinator") String rol,
            @Pattern(regexp = Themas.PATROON, message = "kleine letters, cijfers en '-'")
            @Schema(description = "alleen bij trekker") String thema,
            @NotNull LocalDate vanaf,
            @Schema(description = "exclusief; leeg: onbepaald") LocalDate tot,
            @Schema(description = "de toewijzing (id) die deze vervangt: die eindigt op vanaf, in hetzelfde verzoek")
            UUID vervangt) {
    }

    @Schema(name = "OntbrekendAanspreekpunt", description = "Een regio en financier zonder bestuurlijk aanspreekpunt op de peildatum")
    public record OntbrekendAanspreekpunt(String regio, String regioNaam, String zorgkantoorregio,
                                          @Schema(enumeration = {"gemeenten", "zorgverzekeraar", "zorgkantoor"}) String financier,
                                          LocalDate peildatum) {
    }
}
