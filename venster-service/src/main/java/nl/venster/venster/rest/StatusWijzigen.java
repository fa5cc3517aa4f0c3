package nl.venster.venster.rest;

import jakarta.validation.constraints.NotNull;
import nl.venster.conventions.vocabulary.RondeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusWijzigen", description = "De nieuwe status; alleen vooruit: concept → open → gesloten → gepubliceerd")
public record StatusWijzigen(
        @Schema(enumeration = {"concept", "open", "gesloten", "gepubliceerd"}) @NotNull RondeStatus status) {
}
