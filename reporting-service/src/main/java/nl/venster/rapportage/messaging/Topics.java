package nl.venster.rapportage.messaging;

import java.util.List;

/** The topics this service consumes (without the environment's prefix), as in openapi/asyncapi.yaml. */
public final class Topics {

    public static final String REGIOS = "register.regios";
    public static final String AGENDAS = "register.agendas";
    public static final String RONDES = "venster.rondes";
    public static final String ANTWOORDEN = "venster.antwoorden";
    public static final String OPVOLGINGEN = "venster.opvolgingen";
    public static final String DEAD_LETTER = "rapportage.dead-letter";

    public static final List<String> GECONSUMEERD = List.of(REGIOS, AGENDAS, RONDES, ANTWOORDEN, OPVOLGINGEN);

    /** The topic's name as above, without the environment's prefix. */
    public static String zonderPrefix(String prefix, String topic) {
        return topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic;
    }

    private Topics() {
    }
}
