package nl.venster.venster.domain;

import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything a message shows, captured when it is queued and stored with it as JSON, so each attempt renders
 * the same message and a later change elsewhere never alters what was queued. Fields a reason does not use
 * are null.
 */
@TemplateData
public record BerichtInhoud(
        String reden,
        int jaar,
        String regio,
        String regioNaam,
        String financier,
        /** "de gemeenten", "de zorgverzekeraar", "het zorgkantoor". */
        String financierNaam,
        String ontvangerNaam,
        boolean kopie,
        /** For a copy: to whom the message is addressed. */
        String aanNaam,
        List<VraagRegel> vragen,
        /** The closing moment in UTC (for the calendar) and as Dutch text in the service's time zone. */
        OffsetDateTime sluit,
        String sluitTekst,
        String link,
        Integer dagenTotSluiting,
        Long versie,
        List<AntwoordRegel> antwoorden,
        List<String> divergenteVragen) {

    @TemplateData
    public record VraagRegel(String code, String tekst, String schaal) {
    }

    @TemplateData
    public record AntwoordRegel(String vraag, String score, String toelichting) {
    }

    /** The subject line. */
    public String onderwerp() {
        return switch (BerichtReden.vanCode(reden).orElseThrow()) {
            case UITNODIGING -> (kopie ? "Kopie: " : "") + "Uitnodiging Venster op de samenwerking " + jaar + " – " + regioNaam;
            case HERINNERING -> "Herinnering: Venster " + jaar + " – " + regioNaam + " sluit " + sluitTekst;
            case BEVESTIGING -> "Ontvangen: uw antwoorden Venster " + jaar + " – " + regioNaam + " (versie " + versie + ")";
            case ONTZEGELING -> "Venster " + jaar + " – " + regioNaam + ": alle drie de financiers hebben geantwoord";
        };
    }

    public boolean heeftDivergentie() {
        return divergenteVragen != null && !divergenteVragen.isEmpty();
    }
}
