package nl.venster.conventions.events;

/**
 * The topics of openapi/asyncapi.yaml (without an environment's prefix), named once for the services that publish
 * and the services that consume them.
 */
public final class Topics {

    public static final String REGIOS = "register.regios";
    public static final String CONTACTPERSONEN = "register.contactpersonen";
    /** Only the e-mail address, for the venster-service's messages. */
    public static final String CONTACTADRESSEN = "register.contactadressen";
    public static final String AGENDAS = "register.agendas";
    public static final String RONDES = "venster.rondes";
    public static final String ANTWOORDEN = "venster.antwoorden";
    public static final String OPVOLGINGEN = "venster.opvolgingen";
    /** Where each consuming service parks the records it can never apply (the consumer failure policy). */
    public static final String VENSTER_DEAD_LETTER = "venster.dead-letter";
    public static final String RAPPORTAGE_DEAD_LETTER = "rapportage.dead-letter";

    private Topics() {
    }
}
