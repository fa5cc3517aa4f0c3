package nl.venster.venster.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.venster.service.VraagGegevens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Vraag", description = "Een vraag van de ronde")
public record VraagDto(
        @Schema(examples = "proces", pattern = "^[a-z][a-z0-9-]{0,39}$")
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{0,39}$", message = "moet kebab-case zijn (a-z, 0-9, -), hoogstens 40 tekens")
        String code,
        @Schema(examples = "Bent u tevreden over het proces van de samenwerking?")
        @NotBlank @Size(max = 500)
        String tekst,
        @Schema(description = "rapportcijfer: score 1-10; ja-nee: score 1 = ja, 0 = nee", enumeration = {"rapportcijfer", "ja-nee"})
        @NotNull
        Schaal schaal) {

    static VraagDto van(VraagGegevens vraag) {
        return new VraagDto(vraag.code(), vraag.tekst(), vraag.schaal());
    }

    /** Null stays null: a list left out means "not given". */
    static List<VraagGegevens> gegevens(List<VraagDto> vragen) {
        return vragen == null ? null : vragen.stream().map(vraag -> new VraagGegevens(vraag.code(), vraag.tekst(), vraag.schaal())).toList();
    }
}
