package nl.venster.venster.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicatieIntrekken", description = "Waarom de publicatie van de ronde wordt ingetrokken (komt in de audittrail)")
public record PublicatieIntrekken(
        @Schema(examples = "De scores van regio ZK07 bleken verwisseld; na correctie publiceren we opnieuw.")
        @NotBlank @Size(min = 10, max = 2000) String reden) {
}
