package nl.venster.venster.rest;

import nl.venster.conventions.vocabulary.Codes;
import nl.venster.conventions.vocabulary.Financier;

/** Path parameter formats shared by the resources. */
final class Paden {

    static final String REGIO = Codes.REGIO;
    static final String REGIO_MELDING = "moet een regiocode zijn, bijv. ZK01";
    /** One answer everywhere below a round for a region outside its division (DESIGN.md §4). */
    static final String NIET_IN_RONDE = "Er is geen ronde van dit jaar, of de regio hoort niet bij de ronde: een ronde omvat de"
            + " regio's van de indeling op de dag dat zij opent, vast vanaf dan; latere wijzigingen gelden vanaf de volgende ronde";
    /** Anchored as this service has always published it in its OpenAPI document. */
    static final String FINANCIER_PATROON = "^(" + Financier.PATROON + ")$";
    static final String FINANCIER_MELDING = "moet gemeenten, zorgverzekeraar of zorgkantoor zijn";
    /** For the required {@code formaat} of the export operations. */
    static final String FORMAAT_VERPLICHT = "is verplicht";
    static final int EERSTE_JAAR = 2020;
    static final int LAATSTE_JAAR = 2100;

    private Paden() {
    }
}
