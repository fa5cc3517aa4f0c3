package nl.venster.rapportage.openbaar;

import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.rapportage.domain.Divergentie;
import nl.venster.rapportage.domain.Escalatie;
import nl.venster.rapportage.domain.RegioStatus;

/**
 * Words and colours of the public pages. The colours have at least 3:1 contrast with white (WCAG 1.4.11) and are
 * told apart also by people with the common colour-vision deficiencies; colour is never the only carrier: every
 * graphic has a table with the same figures.
 */
final class Weergave {

    private Weergave() {
    }

    static String label(RegioStatus status) {
        return switch (status) {
            case IN_ORDE -> "In orde";
            case ONTEVREDEN -> "Ontevreden";
            case VERSCHIL -> "Verschil";
            case NIET_INGEVULD -> "Niet ingevuld";
            case ONVOLLEDIG -> "Onvolledig";
        };
    }

    static String uitleg(RegioStatus status) {
        return switch (status) {
            case IN_ORDE -> "de drie financiers zijn het eens en niet ontevreden";
            case ONTEVREDEN -> "de drie financiers zijn het eens, maar alle drie ontevreden over een vraag";
            case VERSCHIL -> "de antwoorden lopen op minstens één vraag uiteen";
            case NIET_INGEVULD -> "niet alle drie de financiers hebben geantwoord";
            case ONVOLLEDIG -> "de ronde loopt nog";
        };
    }

    static String kleur(RegioStatus status) {
        return switch (status) {
            case IN_ORDE -> "#2b7a3d";
            case ONTEVREDEN -> "#7b3f9e";
            case VERSCHIL -> "#b35806";
            case NIET_INGEVULD -> "#6b6b6b";
            case ONVOLLEDIG -> "#8a8a8a";
        };
    }

    static String label(Escalatie escalatie) {
        return switch (escalatie) {
            case GEEN -> "Geen";
            case REGIO -> "De bal ligt bij de regio";
            case VNG_ZN -> "Hulpvraag aan VNG en ZN";
            case VWS -> "Geagendeerd bij VWS";
            case AFGEROND -> "Afgerond";
        };
    }

    static String label(Financier financier) {
        return switch (financier) {
            case GEMEENTEN -> "Gemeenten";
            case ZORGVERZEKERAAR -> "Zorgverzekeraar";
            case ZORGKANTOOR -> "Zorgkantoor";
        };
    }

    static String kleur(Financier financier) {
        return switch (financier) {
            case GEMEENTEN -> "#01689b";
            case ZORGVERZEKERAAR -> "#a90061";
            case ZORGKANTOOR -> "#39870c";
        };
    }

    static String label(OpvolgingSoort soort) {
        return switch (soort) {
            case BESPROKEN -> "Besproken in de regio";
            case ACTIE_AFGESPROKEN -> "Actie afgesproken";
            case HULPVRAAG_VNG_ZN -> "Hulpvraag aan VNG en ZN";
            case GEAGENDEERD_VWS -> "Geagendeerd bij VWS";
            case AFGEROND -> "Afgerond";
        };
    }

    static String label(Divergentie.Reden reden) {
        return switch (reden) {
            case GEMENGD_TEVREDEN -> "de een is tevreden, de ander niet";
            case SPREIDING -> "de scores liggen ver uiteen";
        };
    }

    /** A vraag code as a heading when the round has no text for it: "resultaten" → "Resultaten". */
    static String hoofdletter(String tekst) {
        return tekst.isEmpty() ? tekst : Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }

    /** Decimal comma, one decimal: 7,3. */
    static String cijfer(Double waarde) {
        return waarde == null ? "–" : String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.1f", waarde);
    }
}
