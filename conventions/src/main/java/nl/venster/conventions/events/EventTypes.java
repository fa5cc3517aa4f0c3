package nl.venster.conventions.events;

/** The CloudEvents {@code type} of every event in openapi/asyncapi.yaml, named once for publishers and consumers. */
public final class EventTypes {

    public static final String REGIO_GEWIJZIGD = "nl.venster.register.regio.gewijzigd";
    public static final String CONTACTPERSOON_GEWIJZIGD = "nl.venster.register.contactpersoon.gewijzigd";
    public static final String CONTACTPERSOON_VERWIJDERD = "nl.venster.register.contactpersoon.verwijderd";
    public static final String CONTACTADRES_GEWIJZIGD = "nl.venster.register.contactadres.gewijzigd";
    public static final String AGENDA_GEWIJZIGD = "nl.venster.register.agenda.gewijzigd";
    public static final String AGENDA_VERWIJDERD = "nl.venster.register.agenda.verwijderd";
    public static final String RONDE_GEWIJZIGD = "nl.venster.ronde.gewijzigd";
    public static final String ANTWOORDSET_INGEDIEND = "nl.venster.antwoordset.ingediend";
    public static final String OPVOLGING_VASTGELEGD = "nl.venster.opvolging.vastgelegd";

    private EventTypes() {
    }
}
