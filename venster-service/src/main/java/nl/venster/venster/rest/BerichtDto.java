package nl.venster.venster.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.venster.venster.domain.Bericht;
import nl.venster.venster.domain.Tijd;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Bericht", description = "Een e-mail aan een aanspreekpunt: aan wie, waarom, wanneer klaargezet en verzonden, en hoe de"
        + " bezorging ging")
public record BerichtDto(
        UUID id,
        String regio,
        @Schema(enumeration = {"gemeenten", "zorgverzekeraar", "zorgkantoor"}) String financier,
        @Schema(enumeration = {"uitnodiging", "herinnering", "bevestiging", "ontzegeling"}) String reden,
        @Schema(description = "Onderscheidt berichten met dezelfde reden: 'ronde', '14-dagen' (herinnering), 'versie-2'"
                + " (bevestiging), 'handmatig-1' (herinnering door een beheerder)", examples = "14-dagen") String aanleiding,
        @Schema(description = "Id van de contactpersoon in het register") UUID contactpersoon,
        String ontvanger,
        @Schema(enumeration = {"bestuurlijk-aanspreekpunt", "ambtelijk-aanspreekpunt", "indiener"}) String ontvangerRol,
        @Schema(description = "In kopie (ambtelijk aanspreekpunt naast het bestuurlijke)") boolean kopie,
        @Schema(description = "Vast per reden en ontvanger: een herhaalde poging is herkenbaar hetzelfde bericht") String messageId,
        @Schema(enumeration = {"wachtend", "verzonden", "mislukt", "niet-bereikbaar", "vervallen"},
                description = "niet-bereikbaar: het register kent geen e-mailadres; vervallen: niet meer nodig (beantwoord, ronde gesloten, of een bevestiging vervangen door die van een nieuwere versie)")
        String status,
        int pogingen,
        @Schema(description = "UTC") OffsetDateTime aangemaaktOp,
        @Schema(description = "UTC; alleen bij wachtend, anders leeg", nullable = true) OffsetDateTime volgendePoging,
        @Schema(description = "UTC; leeg zolang niet verzonden", nullable = true) OffsetDateTime verzondenOp,
        @Schema(description = "De fout van de laatste mislukte poging; leeg als er geen was", nullable = true) String laatsteFout) {

    public static BerichtDto van(Bericht bericht) {
        return new BerichtDto(bericht.id, bericht.regio, bericht.financier, bericht.reden.code(), bericht.aanleiding,
                bericht.contactpersoon, bericht.ontvangerNaam, bericht.ontvangerRol, bericht.kopie, bericht.messageId,
                bericht.status.code(), bericht.pogingen, Tijd.utc(bericht.aangemaaktOp),
                bericht.status == nl.venster.venster.domain.BerichtStatus.WACHTEND ? Tijd.utc(bericht.volgendePoging) : null,
                Tijd.utc(bericht.verzondenOp), bericht.laatsteFout);
    }
}
