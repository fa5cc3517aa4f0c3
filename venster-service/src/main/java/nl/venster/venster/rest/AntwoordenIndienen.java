package nl.venster.venster.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.venster.venster.service.Inzending;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AntwoordenIndienen", description = "Precies één antwoord per vraag van de ronde")
public record AntwoordenIndienen(
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull AntwoordInvoer> antwoorden) {

    Inzending opdracht() {
        return new Inzending(antwoorden.stream().map(a -> new Inzending.Antwoord(a.vraag(), a.score(), a.toelichting())).toList());
    }

    @Schema(name = "AntwoordInvoer")
    public record AntwoordInvoer(
            @Schema(examples = "proces") @NotNull @Size(max = 40) String vraag,
            @Schema(description = "rapportcijfer: 1-10; ja-nee: 1 = ja, 0 = nee", examples = "7") @NotNull Integer score,
            @Size(max = 2000) String toelichting) {
    }
}
