package nl.venster.venster.rest;

import nl.venster.conventions.vocabulary.Financier;

/** Path parameter formats shared by the resources. */
final class Paden {

    static final String REGIO = "^[A-Z0-9][A-Z0-9-]{1,19}$";
    static final String REGIO_MELDING = "moet een regiocode zijn, bijv. ZK01";
    /** Anchored as this service has always published it in its OpenAPI document. */
    static final String FINANCIER_PATROON = "^(" + Financier.PATROON + ")$";
    static final String FINANCIER_MELDING = "moet gemeenten, zorgverzekeraar of zorgkantoor zijn";
    static final int EERSTE_JAAR = 2020;
    static final int LAATSTE_JAAR = 2100;

    private Paden() {
    }
}
