package nl.venster.venster.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.venster.service.NieuweOpvolging;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpvolgingInvoer")
public record OpvolgingInvoer(
        @Schema(enumeration = {"besproken", "actie-afgesproken", "hulpvraag-vng-zn", "geagendeerd-vws", "afgerond"},
                description = "geagendeerd-vws alleen door een beheerder")
        @NotNull OpvolgingSoort soort,
        @NotBlank @Size(max = 2000) String toelichting,
        @Schema(description = "alleen bij actie-afgesproken: de afspraak uit de samenwerkingsagenda van deze regio die de actie is")
        UUID afspraak) {

    NieuweOpvolging opdracht() {
        return new NieuweOpvolging(soort, toelichting, afspraak);
    }
}
